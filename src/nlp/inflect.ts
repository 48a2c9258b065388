/** English verb inflection: enough to recognise the surface forms of dictionary verb lemmas. */

const IRREGULAR: Record<string, string[]> = {
  be: ["is", "are", "was", "were", "been", "being", "am"],
  begin: ["began", "begun"],
  bring: ["brought"],
  build: ["built"],
  buy: ["bought"],
  catch: ["caught"],
  choose: ["chose", "chosen"],
  come: ["came"],
  cut: ["cut"],
  deal: ["dealt"],
  do: ["did", "done", "does"],
  draw: ["drew", "drawn"],
  drive: ["drove", "driven"],
  fall: ["fell", "fallen"],
  feel: ["felt"],
  fight: ["fought"],
  find: ["found"],
  flee: ["fled"],
  fly: ["flew", "flown", "flies"],
  forbid: ["forbade", "forbidden"],
  forgive: ["forgave", "forgiven"],
  freeze: ["froze", "frozen"],
  get: ["got", "gotten"],
  give: ["gave", "given"],
  go: ["went", "gone", "goes"],
  have: ["had", "has"],
  hit: ["hit"],
  hold: ["held"],
  hurt: ["hurt"],
  keep: ["kept"],
  lay: ["laid"],
  lead: ["led"],
  leave: ["left"],
  lend: ["lent"],
  let: ["let"],
  lose: ["lost"],
  make: ["made"],
  meet: ["met"],
  overtake: ["overtook", "overtaken"],
  overthrow: ["overthrew", "overthrown"],
  pay: ["paid"],
  put: ["put"],
  quit: ["quit"],
  rebuild: ["rebuilt"],
  rise: ["rose", "risen"],
  run: ["ran"],
  say: ["said"],
  see: ["saw", "seen"],
  seek: ["sought"],
  sell: ["sold"],
  send: ["sent"],
  set: ["set"],
  shake: ["shook", "shaken"],
  shoot: ["shot"],
  shut: ["shut"],
  sink: ["sank", "sunk"],
  slay: ["slew", "slain"],
  speak: ["spoke", "spoken"],
  spend: ["spent"],
  split: ["split"],
  spread: ["spread"],
  stand: ["stood"],
  steal: ["stole", "stolen"],
  strike: ["struck", "stricken"],
  swear: ["swore", "sworn"],
  take: ["took", "taken"],
  teach: ["taught"],
  tear: ["tore", "torn"],
  tell: ["told"],
  think: ["thought"],
  throw: ["threw", "thrown"],
  undertake: ["undertook", "undertaken"],
  uphold: ["upheld"],
  wage: ["waged"],
  win: ["won"],
  withdraw: ["withdrew", "withdrawn"],
  withhold: ["withheld"],
  write: ["wrote", "written"],
};

const IRREGULAR_FORMS = new Set(Object.values(IRREGULAR).flat());

const VOWEL = /[aeiou]/;

/** Regular and irregular surface forms of a verb lemma (lower case). */
export function verbForms(lemma: string): string[] {
  const forms = new Set<string>([lemma]);
  for (const f of IRREGULAR[lemma] ?? []) forms.add(f);
  const last = lemma.slice(-1);
  const stem = lemma.slice(0, -1);
  // third person
  if (/(s|x|z|ch|sh)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (last === "y" && !VOWEL.test(lemma.slice(-2, -1))) forms.add(`${stem}ies`);
  else forms.add(`${lemma}s`);
  // past and -ing
  if (last === "e") {
    forms.add(`${lemma}d`);
    forms.add(lemma.endsWith("ee") ? `${lemma}ing` : `${stem}ing`);
  } else if (last === "y" && !VOWEL.test(lemma.slice(-2, -1))) {
    forms.add(`${stem}ied`);
    forms.add(`${lemma}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
    // consonant doubling for short CVC verbs (ban → banned, plan → planned, ship → shipped)
    if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(lemma) || /(it|ot|et|el|ol|ap|ip|op|ab|ub|ug)$/.test(lemma)) {
      forms.add(`${lemma}${last}ed`);
      forms.add(`${lemma}${last}ing`);
    }
    if (last === "c") {
      forms.add(`${lemma}ked`);
      forms.add(`${lemma}king`);
    }
  }
  return [...forms];
}

/** True for forms that can only be a past tense or participle of a verb (-ed, irregular). */
export function isPastForm(normal: string): boolean {
  return (normal.endsWith("ed") && normal.length > 3) || normal.endsWith("en") || IRREGULAR_FORMS.has(normal);
}
