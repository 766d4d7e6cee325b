import { defineTemplate } from "../template-schema";

export default defineTemplate({
  slug: "stress-reducing-conversation",
  version: 1,
  title: "Stress-Reducing Conversation",
  summary:
    "Take turns talking about stress from outside your relationship, such as work, family, health or money, while the other simply listens and stands with you. The aim is to feel supported, not to fix anything. Afterwards you each share, privately first, how supported you felt.",
  category: "communication",
  minutes: 30,
  suits:
    "Any couple, on any day. A good everyday ritual, and a calm way to practice listening when bigger conversations still feel hard.",
  source: {
    citation: "The Gottman Institute, “How to Have a Stress-Reducing Conversation” (gottman.com blog).",
    url: "https://www.gottman.com/blog/how-to-stress-reducing-conversation/",
  },
  notes:
    "The Gottman article gives eight rules; the first is to take turns, and the other seven are written here as the listener’s guide. The source doesn’t fix how long each turn lasts (around 15 to 20 minutes each is common in practice), so Twofold leaves it to you. The private 1–10 check on feeling supported is Twofold’s addition, framed as feedback on your own experience, not a score for your partner.",
  steps: [
    {
      kind: "guidance",
      id: "how-to-listen",
      title: "Before you start",
      body: [
        "This conversation is about stress from outside your relationship: work, family, friends, health, money, the news. Save things between the two of you for another time.",
        "You’ll each take a turn to talk while the other listens. Agree roughly how long each turn lasts. About 15 minutes each works for many couples, but choose what suits you.",
        "When you’re listening, hold off on advice. Understanding comes first. Offer a suggestion only if your partner asks for one.",
        "Be genuinely interested. Put your phone down, look at your partner, and ask questions that help them say more.",
        "Let your partner know you understand, for example “That sounds exhausting” or “No wonder you’re worried.”",
        "Be on your partner’s side, even if you’d see part of it differently. This isn’t the moment to argue the other point of view.",
        "Face the problem together: it’s the two of you against the stress, not you against each other.",
        "Show warmth in whatever way is welcome to both of you, like a kind word, sitting close or holding hands.",
        "Let the feelings make sense. Tell your partner that what they feel is understandable.",
        "Either of you can pause at any time, without explaining why.",
      ],
    },
    {
      kind: "turns",
      id: "take-turns",
      title: "Take turns talking about stress",
      speakerPrompt:
        "Talk about something outside your relationship that’s stressing you: what happened, how it’s sitting with you, what worries you. Take your time, and pause now and then so your partner can catch up.",
      listenerPrompt:
        "Listen to understand, not to fix. When your partner pauses, say back what you heard and how it seems to feel for them, then ask “Did I get that right?” Keep advice for later, and only if they ask.",
      turns: 2,
    },
    {
      kind: "private-then-reveal",
      id: "felt-supported",
      title: "How supported did you feel?",
      prompt: "When it was your turn to talk, how supported did you feel?",
      help: "This is about your own experience, not a score for your partner. Whatever number you choose, it helps you both learn what works.",
      answer: { type: "scale", minLabel: "Not very supported", maxLabel: "Very supported" },
    },
    {
      kind: "reflection",
      id: "reflection",
      title: "Just for you",
      prompt:
        "What helped you feel heard today? Is there anything you’d like to ask for, or offer, next time you do this?",
    },
  ],
});
