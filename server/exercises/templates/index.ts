import loveMaps from "./love-maps";
import stressReducingConversation from "./stress-reducing-conversation";
import aftermathOfAFight from "./aftermath-of-a-fight";
import speakerListener from "./speaker-listener";
import imagoDialogue from "./imago-dialogue";
import stateOfTheUnion from "./state-of-the-union";
import atoneAttuneAttach from "./atone-attune-attach";
import holdMeTightForgivingInjuries from "./hold-me-tight-forgiving-injuries";

export const templateSources = [
  loveMaps,
  stressReducingConversation,
  aftermathOfAFight,
  speakerListener,
  imagoDialogue,
  stateOfTheUnion,
  atoneAttuneAttach,
  holdMeTightForgivingInjuries,
] as const;
