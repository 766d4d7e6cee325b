import { defineTemplate } from "../template-schema";

export default defineTemplate({
  slug: "speaker-listener",
  version: 1,
  title: "Speaker–Listener",
  summary:
    "A structured way to talk about something that matters without it turning into an argument. Whoever has the floor speaks for themselves in short bits; the other says it back without arguing or fixing. Then the floor passes. You each get to speak twice.",
  category: "communication",
  minutes: 30,
  suits:
    "Couples who want to talk about a sensitive topic safely, especially when conversations tend to speed up, get interrupted or go in circles.",
  source: {
    citation: "Howard J. Markman, Scott M. Stanley & Susan L. Blumberg, Fighting for Your Marriage (PREP, Speaker–Listener Technique).",
  },
  notes:
    "In PREP the speaker holds a real object that stands for the floor. Here the screen shows who has the floor, and you can hold an object too if it helps. Four turns means each of you speaks twice. PREP keeps discussing a problem separate from solving it, so solutions are left for afterwards, once you both feel heard.",
  steps: [
    {
      kind: "guidance",
      id: "floor-rules",
      title: "The floor rules",
      body: [
        "Choose one topic together before you start, and stay with it.",
        "Whoever has the floor is the speaker; the other is the listener. The floor passes four times, so you each speak twice.",
        "Speaker: speak for yourself. Share your own thoughts and feelings (“I felt…”, “I worry that…”), not what you think your partner means or feels.",
        "Speaker: keep it to short bits, a sentence or a few, then pause so your partner can say it back.",
        "Listener: say back what you heard, in your own words. No rebuttals, no advice, no “yes, but”. Your turn to respond comes when the floor passes.",
        "Speaker: if the summary isn’t quite right, gently say what you meant and let your partner try again. When it fits, say so.",
        "This is for understanding, not solving. If you both want to look for solutions, do that afterwards, once you each feel heard.",
        "Either of you can call a time-out at any point, without giving a reason. If you stop partway, agree to come back within 24 hours, so a pause stays a pause.",
      ],
    },
    {
      kind: "turns",
      id: "the-floor",
      title: "Take the floor",
      speakerPrompt:
        "You have the floor. Share what matters to you about this topic, speaking for yourself. Keep each part short and pause so your partner can say it back. When they’ve got it, tell them, and the floor passes.",
      listenerPrompt:
        "Your partner has the floor. After each short part, say back what you heard in your own words, without rebutting or solving. Ask “Did I get that right?” and try again if not.",
      turns: 4,
    },
    {
      kind: "reflection",
      id: "reflection",
      title: "Just for you",
      prompt:
        "What did you hear from your partner today that you hadn’t quite understood before? How did it feel to be listened to this way?",
    },
  ],
});
