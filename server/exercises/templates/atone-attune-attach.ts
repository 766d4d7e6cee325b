import { defineTemplate } from "../template-schema";

export default defineTemplate({
  slug: "atone-attune-attach",
  version: 1,
  title: "Trust Check-in: Atone, Attune, Attach",
  summary:
    "A gentle weekly check-in for couples rebuilding trust after a betrayal. You each share, privately first, how safe things feel, what helped this week and where you feel you are in healing. Then you listen to each other and agree one small step. It’s a check-in, not a verdict.",
  category: "trust-rebuilding",
  minutes: 40,
  suits:
    "Couples healing after an affair or another breach of trust, at any stage, including when you’re not yet sure where things are heading. Works well alongside a couples therapist.",
  source: {
    citation:
      "John M. Gottman, The Science of Trust; John M. Gottman & Nan Silver, What Makes Love Last?; The Gottman Institute, articles on affair recovery.",
  },
  notes:
    "Most sources give the order atone, attune, attach; a few describe attunement first, and in practice the phases overlap. In Gottman’s model, atonement centers on the involved partner’s honesty and remorse. Twofold asks every question of both of you and names no roles, because both partners carry feelings and work, and a weekly check-in shouldn’t feel like a trial. The safety scale and phase question are Twofold’s additions for noticing change over time. This supports, not replaces, therapy.",
  steps: [
    {
      kind: "guidance",
      id: "three-phases",
      title: "Before you begin",
      body: [
        "Many couples who heal after a betrayal move through three overlapping phases.",
        "Atone: honesty and repair. Questions are answered openly, hurt is heard without defending, and remorse shows in actions over time.",
        "Attune: learning to turn toward each other and listen, so that talking feels safe again.",
        "Attach: finding your way back to closeness, including physical closeness, when you’re both ready.",
        "Healing rarely moves in a straight line. Good weeks and hard weeks both belong here, and returning to an earlier phase is part of it.",
        "This is a check-in, not a verdict. Nothing you write here decides anything about your relationship.",
        "You may be carrying very different things: hurt, guilt, fear, grief, hope. Every question is for both of you. Answer from where you are.",
        "Go at the pace of whichever of you needs it slower. Either of you can pause at any time, without explaining why.",
        "If you ever feel unsafe, not just hurt but afraid, you can stop here and find support on the Help page.",
      ],
    },
    {
      kind: "private-then-reveal",
      id: "feeling-safe",
      title: "Feeling safe",
      prompt: "How safe do you feel in our relationship this week?",
      help: "Safe can mean many things: able to be honest, able to trust what you hear, able to relax. Any number is okay, and it can change from week to week.",
      answer: { type: "scale", minLabel: "Not safe at all", maxLabel: "Completely safe" },
    },
    {
      kind: "private-then-reveal",
      id: "what-helped",
      title: "What helped",
      prompt:
        "What helped trust grow, even a little, this week? It might be something your partner did, something you did, or a moment you shared. If nothing did, it’s okay to say so.",
      answer: { type: "text", placeholder: "It helped when…" },
    },
    {
      kind: "private-then-reveal",
      id: "closest-phase",
      title: "Where you are right now",
      prompt: "Which phase feels closest to where you are right now?",
      help: "There’s no right answer, and you don’t need to agree. Different answers simply show where to go gently.",
      answer: {
        type: "single-choice",
        options: [
          "Atone: still the early, raw part of honesty, questions and repair",
          "Attune: learning to listen and feel safe talking again",
          "Attach: finding our way back to closeness",
          "Somewhere between two of these",
          "I’m not sure yet",
        ],
      },
    },
    {
      kind: "turns",
      id: "attunement",
      title: "An attunement conversation",
      speakerPrompt:
        "Share one feeling from this week about where the two of you are, and one thing you need. Speak about yourself (“I felt…”, “I need…”) rather than about your partner. Keep it short, and pause so your partner can reflect it back.",
      listenerPrompt:
        "Turn toward your partner’s feelings, even if they’re hard to hear. Don’t defend or explain for now. Say back what you heard and the feeling underneath it, ask “Did I get that right?”, and let them know it makes sense.",
      turns: 2,
    },
    {
      kind: "agreement",
      id: "this-week",
      title: "One step for this week",
      prompt:
        "Together, write one or two small, concrete things that would help trust grow this week, things you’ll both be able to see happen. They might be about openness, about how you’ll handle a hard moment, or about time together. Only write what you both truly agree to.",
      produces: "commitment",
    },
    {
      kind: "reflection",
      id: "reflection",
      title: "Just for you",
      prompt:
        "What do you want to remember from this check-in? Is there anything you’re not ready to share yet that you’d like to note for yourself, to come back to when it feels right?",
    },
  ],
});
