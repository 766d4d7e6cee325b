/**
 * A supportive check on a writer's own words: does this text contain self-harm or suicide risk
 * language, explicit ("I want to kill myself") or indirect ("everyone would be better off without
 * me")? It only decides whether to show the writer a calm panel with help; it never blocks saving,
 * never scores, and nothing about it is sent to anyone else.
 *
 * Rules are phrase patterns over normalised text. Everyday hyperbole ("this traffic is killing
 * me", "dying to see it", "she'd kill me") doesn't match because every pattern needs the self as
 * the object or a wish not to live. Measured against tests/fixtures/risk-corpus.ts.
 */

const NOT = String.raw`(?:don'?t|do not|dont|didn'?t|did not|can'?t|cannot|won'?t|will not|never|not|no longer)`;
const WANT = String.raw`(?:want|wanna|wanted|wish|wished|need|going|gonna|plan(?:ning)?|ready|tempted|thinking about|thought about|think about|trying|tried|try)`;

const PATTERNS: readonly RegExp[] = [
  // Explicit: the self as the object of harm.
  /\b(?:kill|killing|killed|hurt|hurting|harm|harming|cut|cutting|end|ending|off|offing|unalive|unaliving) (?:myself|my self|meself)\b/,
  /\b(?:end|ending|ended|take|taking|took) (?:my|my own) life\b/,
  /\bsuicid(?:e|al)\b(?! squad)/,
  /\bself ?harm/,
  /\bkms\b/,
  /\bunalive\b/,
  /\bend (?:it all|everything|things for good)\b/,
  /\bending it all\b/,
  new RegExp(String.raw`\b${WANT} (?:to )?die\b`),
  // "I'd rather die" — but "rather die than sit through karaoke" is hyperbole.
  /\b(?:i'?d|i would) (?:rather|sooner) (?:be dead|die|not exist|not be here)\b(?! than)/,
  /\bwish (?:that )?i (?:was|were|could be|had been) dead\b/,
  /\bbetter off dead\b/,
  /\b(?:i'?m|i am|feel) (?:ready|going) to go\b(?= for good| forever)/,
  // Not wanting to live, be here or wake up.
  new RegExp(String.raw`\b${NOT} (?:want|wanna|wish) to (?:live|be alive|exist|be here|stay alive|wake up|keep living|go on living|carry on living)\b`),
  new RegExp(String.raw`\b${NOT} (?:want|wanna) (?:to )?be (?:alive|here|around) (?:anymore|any more|any longer)\b`),
  /\b(?:sleep|go to sleep|fall asleep)\b[^.!?]{0,30}\b(?:never|not|don'?t|wouldn'?t|won'?t) (?:wake|waking) up\b/,
  /\b(?:hope|wish|pray)\b[^.!?]{0,20}\b(?:don'?t|do not|never|won'?t|wouldn'?t) wake up\b/,
  /\bwish i(?:'d| had)? never (?:been born|existed|woke up|wake up)\b/,
  /\b(?:stop|stopped|stopping) (?:existing|living|being alive)\b/,
  /\bsleep forever\b/,
  /\b(?:hope|wish|pray)\b[^.!?]{0,20}\b(?:don'?t|do not|won'?t|never) make it (?:through|to|past)\b/,
  /\bnot being (?:here|around|alive) (?:anymore|next|by|much)/,
  /\bmade (?:my )?peace with not being (?:here|around|alive)\b/,
  /\bwish i (?:could )?(?:just )?(?:disappear|stop existing|not exist|cease to exist|vanish)\b/,
  /\bi (?:shouldn'?t|should not) (?:be alive|exist|be here|have been born)\b/,
  // Indirect: others better off, no way on, no reason to stay.
  /\b(?:better|happier|easier|fine|okay|ok)\b[^.!?]{0,40}\bwithout me\b/,
  /\b(?:better|happier|easier)\b[^.!?]{0,30}\b(?:if|when|once) i(?:'?m| am| was| were)? (?:gone|dead|not here|not around|no longer here|not alive)\b/,
  new RegExp(String.raw`\b${NOT} (?:go on|keep going|carry on|keep living|go on living|do this anymore|do life|keep doing this)\b`),
  /\b(?:no|not any|not a single|zero) (?:reason|point|purpose)\b[^.!?]{0,20}\b(?:to |in |for me to |of )?(?:live|living|go on|going on|stay alive|staying alive|be alive|being alive|being here|be here|keep going|exist|existing|wake up|waking up|carry on)\b/,
  /\bnothing (?:left )?(?:for me )?(?:to live for|to stay for|worth living for)\b/,
  /\b(?:don'?t|do not|dont|can'?t|cannot) see (?:the|any) (?:point|reason)\b[^.!?]{0,15}\b(?:living|being alive|being here|going on|existing|waking up|carrying on|staying)\b/,
  /\b(?:no|can'?t see (?:a|any)|don'?t (?:have|see) (?:a|any)) future (?:for myself|for me)\b/,
  /\b(?:living|life|being alive|existing|my life|my existence) (?:feels|is|seems|has become) (?:so )?(?:pointless|meaningless|unbearable)\b/,
  /\bhow (?:i|to) (?:can )?(?:keep going|go on|carry on|keep living)\b/,
  /\b(?:only|one|easiest) way out\b/,
  /\bwant (?:it all|everything|all of it|my life|life|this life) to (?:end|stop|be over)\b/,
  /\bwhat'?s the (?:point|use) (?:of|in) (?:living|going on|being alive|being here|life|me|anything anymore|waking up|carrying on)\b/,
  /\b(?:life|living|my life|it all)(?:'s| is|'?s not| is not|'?s no longer| isn'?t|aint|ain'?t) (?:not |no longer )?worth (?:living|it anymore|anything)\b/,
  /\bnot worth living\b/,
  /\bno (?:way|point going) out\b/,
  /\b(?:i'?m|i am|i feel like|feel like)\b[^.!?]{0,20}\ba burden\b/,
  /\bburden (?:to|on) (?:everyone|everybody|you all|my family|the kids|my kids|them all|the world)\b/,
  /\b(?:disappear|vanish|go away|be gone) (?:forever|for good|permanently|completely)\b/,
  /\b(?:won'?t|will not|wont|not going to|may not|might not) be (?:around|here|alive) (?:much longer|for long|anymore|any more|tomorrow|next week)\b/,
  /\btired of (?:living|being alive|life|existing|being here|it all|waking up)\b/,
  /\b(?:say|saying|said) (?:my )?goodbyes?\b[^.!?]{0,20}\b(?:forever|for good|for the last time|to everyone)\b/,
  /\bgive (?:away|out) (?:all )?my (?:things|stuff|belongings)\b/,
  /\bgiv(?:e|ing|en) (?:all )?my (?:things|stuff|belongings) away\b/,
  /\b(?:saying|say|said) goodbye to (?:people|everyone|everybody|the people i love)\b/,
  // Others "better off", "relieved", not missing me — if I were gone.
  /\b(?:miss|notice|care|relieved|easier|better|happier|fine|glad)\b[^.!?]{0,40}\bif i (?:was|were|wasn'?t|weren'?t|disappeared|died|vanished|were dead|was dead)\b/,
  /\bif i (?:disappeared|died|were dead|was dead|wasn'?t (?:here|around|alive) anymore)\b/,
  /\b(?:when|after|once|in case) i'?m (?:gone|not here|not around|dead|no longer here)\b/,
  /\b(?:around|here|a problem|a burden|in the way|alive) (?:for )?(?:much|very much) longer\b/,
  /\bout of (?:everyone'?s|everybody'?s) way\b/,
  /\bif (?:something|anything) (?:bad )?(?:happened|happens) to me\b[^.!?]{0,40}\b(?:relieved|glad|wouldn'?t mind|don'?t care|wouldn'?t care|fine with it)\b/,
  /\b(?:want|wish|need) (?:the|this|my|all the|all this) pain to (?:end|stop) (?:forever|for good|permanently)\b/,
  /\bmake (?:it|the pain|everything) stop (?:forever|for good|permanently)\b/,
  /\b(?:can'?t|cannot) (?:live|survive|exist) (?:like this|with this|with myself|anymore|any more)\b/,
];

/** Lower case, one kind of apostrophe, letters and digits only, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[^\p{L}\p{N}'.!?]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the writer's own words call for the supportive panel. */
export function needsSupport(text: string): boolean {
  const normal = normalise(text);
  if (normal.length === 0) return false;
  return PATTERNS.some((pattern) => pattern.test(normal));
}
