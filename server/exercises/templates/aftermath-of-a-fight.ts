import { defineTemplate } from "../template-schema";

export default defineTemplate({
  slug: "aftermath-of-a-fight",
  version: 1,
  title: "After a Fight or a Hurtful Moment",
  summary:
    "Look back together at one past argument or hurtful moment, once you’re both calm. You share how you felt, how you each saw it, what it touched from the past and your own part in it, then agree one thing to try next time. The aim is understanding, not deciding who was right.",
  category: "conflict-repair",
  minutes: 45,
  suits:
    "Couples who want to make peace with a specific argument or moment that still sits between them. Best a little while afterwards, when neither of you feels stirred up.",
  source: {
    citation: "The Gottman Institute, “Aftermath of a Fight or Regrettable Incident” (handout).",
  },
  notes:
    "Versions of the handout differ a little: some plan one thing each partner will do and one thing the other could do, some only the partner’s; some add “What do you need to put this behind you?”. Twofold asks for your own step first and makes a request of your partner optional, and puts that last question in the private reflection. The long feelings list is shortened to twelve words, with free text for the rest. Responsibility is split into three short steps plus a reply to the apology, to fit a phone.",
  steps: [
    {
      kind: "guidance",
      id: "before-you-begin",
      title: "Only when you’re both calm",
      body: [
        "Use this for one argument or hurtful moment that’s over, not one that’s still going on. Start only when you both feel calm. If either of you isn’t there yet, it’s fine to wait.",
        "The aim is to understand each other, not to replay the argument or settle who was right. Try to look back on it together, as if from a little distance.",
        "You each lived the same moment differently. Both experiences make sense from where each of you stood, so there’s no need to agree on the facts.",
        "There are five parts: how you felt, how you each saw it, what it touched from the past, your own part in it, and one thing to try next time.",
        "Speak gently and about yourself. If either of you starts to feel overwhelmed, take a break. Either of you can pause at any time, without explaining why.",
      ],
    },
    {
      kind: "private-then-reveal",
      id: "feelings",
      title: "Feelings",
      prompt: "During that moment, I felt…",
      help: "Choose any that fit. Just the feelings for now; the why comes later. When you see your partner’s answer, let it stand without comment.",
      answer: {
        type: "multi-choice",
        options: [
          "Hurt",
          "Angry",
          "Sad",
          "Scared",
          "Lonely",
          "Misunderstood",
          "Not listened to",
          "Criticized",
          "Overwhelmed",
          "Defensive",
          "Ashamed",
          "Powerless",
        ],
      },
    },
    {
      kind: "private-then-reveal",
      id: "feelings-in-words",
      title: "Feelings, in your words",
      prompt: "Anything else about how you felt? Describe it in a few words, still without saying why.",
      answer: { type: "text", placeholder: "I also felt…" },
    },
    {
      kind: "turns",
      id: "realities",
      title: "How you each saw it",
      speakerPrompt:
        "Describe the moment as you lived it: what you noticed, what you thought was happening, what you needed. Talk about your own experience (“I saw…”, “I thought…”) rather than what your partner did wrong.",
      listenerPrompt:
        "Summarize your partner’s view in your own words and ask “Did I get that right?” Then name at least one part that makes sense to you, such as “It makes sense you’d feel that, because…”. You can understand without agreeing.",
      turns: 2,
    },
    {
      kind: "private-then-reveal",
      id: "triggers",
      title: "What it touched",
      prompt:
        "Did this moment touch something older, like a memory, an earlier hurt or something from growing up? Share what it was and why it hits hard for you.",
      help: "This is about understanding each other, not about excuses. Share only what you’re ready to.",
      answer: { type: "text", placeholder: "It reminded me of…" },
    },
    {
      kind: "private-then-reveal",
      id: "what-set-me-up",
      title: "What set me up",
      prompt:
        "What was going on for you beforehand that made this moment harder? For example, stress, tiredness, feeling far apart or feeling unappreciated.",
      answer: { type: "text", placeholder: "I was already…" },
    },
    {
      kind: "private-then-reveal",
      id: "what-i-regret",
      title: "What I regret",
      prompt: "Looking back, what do you regret about how you handled it? Name your own part only.",
      answer: { type: "text", placeholder: "I regret…" },
    },
    {
      kind: "private-then-reveal",
      id: "my-apology",
      title: "My apology",
      prompt: "What would you like to apologize for? Say it simply, in your own words.",
      answer: { type: "text", placeholder: "I’m sorry that…" },
    },
    {
      kind: "private-then-reveal",
      id: "after-the-apology",
      title: "After the apology",
      prompt:
        "Having read your partner’s apology, can you accept it? If you can, say so. If you’re not there yet, that’s okay: say what you still need.",
      answer: { type: "text" },
    },
    {
      kind: "agreement",
      id: "next-time",
      title: "One thing to try next time",
      prompt:
        "Together, write one thing each of you will do differently the next time a moment like this starts. If you like, add one thing your partner could do that would help you. Keep it small and doable.",
      produces: "commitment",
    },
    {
      kind: "reflection",
      id: "reflection",
      title: "Just for you",
      prompt:
        "What do you understand now that you didn’t before? Is there anything you still need before you can let this one rest?",
    },
  ],
});
