import { defineTemplate } from "../template-schema";

export default defineTemplate({
  slug: "imago-dialogue",
  version: 1,
  title: "Imago Dialogue",
  summary:
    "A slow, careful conversation in three steps. One of you shares; the other mirrors back what they heard, lets you know it makes sense, and imagines how it feels. Then you switch. It helps each of you feel truly heard before anyone responds.",
  category: "communication",
  minutes: 40,
  suits:
    "Couples who often feel unheard or talk past each other, and anyone who wants a gentle structure for a conversation that matters.",
  source: {
    citation:
      "Harville Hendrix, Getting the Love You Want (later editions with Helen LaKelly Hunt); Imago Relationships International (the Imago Dialogue).",
  },
  notes:
    "In Imago the two roles are often called sender and receiver, and the receiver finishes all three steps (mirroring, validation, empathy) before you switch. Some versions add a closing request or a hug; Twofold keeps the three core steps and leaves any touch to you. Here the floor passes once the sender confirms they felt heard, and a private question afterwards asks what felt most understood.",
  steps: [
    {
      kind: "guidance",
      id: "three-steps",
      title: "Mirror, validate, empathize",
      body: [
        "One of you is the sender and shares; the other is the receiver and listens. Then you switch.",
        "Sender: share one thing, a few sentences at a time. Talk about yourself and your experience. If this is new to you, start with something small.",
        "Receiver, step 1, mirroring: repeat what you heard as closely as you can, without adding to it. Ask “Did I get it? Is there more?” and keep going until your partner says that’s all.",
        "Step 2, validating: let your partner know their view makes sense from where they stand, for example “You make sense, because…”. Making sense isn’t the same as agreeing.",
        "Step 3, empathizing: imagine how it feels for your partner and say it, for example “I imagine you might feel…”. Then check whether that’s right.",
        "Either of you can pause at any time, without explaining why.",
      ],
    },
    {
      kind: "turns",
      id: "dialogue",
      title: "The dialogue",
      speakerPrompt:
        "You’re the sender. Share one thing that matters to you, like a feeling, a wish or a worry, a few sentences at a time. Pause so your partner can mirror you. When they ask “Is there more?”, add what’s left or say that’s it.",
      listenerPrompt:
        "You’re the receiver. Mirror: “If I got it, you said… Did I get it? Is there more?” When your partner has finished, validate: “You make sense, because…”. Then empathize: “I imagine you might feel…”, and check if that’s right.",
      turns: 2,
    },
    {
      kind: "private-then-reveal",
      id: "most-understood",
      title: "What felt most understood?",
      prompt: "When you were the sender, what moment made you feel most understood?",
      help: "Your partner will see this, so it’s a chance to tell them what worked.",
      answer: { type: "text", placeholder: "When you said…" },
    },
    {
      kind: "reflection",
      id: "reflection",
      title: "Just for you",
      prompt:
        "Which step came easily to you, and which was harder? What did you learn about your partner by listening this way?",
    },
  ],
});
