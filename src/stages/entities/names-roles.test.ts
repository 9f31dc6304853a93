// Names by shape against the gazetteer, ranks and titles, hyphenated compounds, role phrases (round 2).
import { test } from 'node:test';
import { has, lacks, mentionsOf } from './make-test-doc.ts';

test('ranks and titles belong to the role, never to the name', () => {
  const cases: [string, string, string, RegExp][] = [
    ['en', 'Colonel Amadou Dialla, a spokesman for the junta, spoke on the radio.', 'Amadou Dialla → Amadou Dialla (shape)', /Colonel/u],
    ['en', 'Officials said the NATO Secretary General would travel to Vilnius.', 'NATO Secretary General → Mark Rutte (role)', /→ General/u],
    ['fr', 'Le lieutenant-colonel Amadou Dialla a lu le communiqué.', 'Amadou Dialla → Amadou Dialla (shape)', /colonel/iu],
    // a short sentence of a rank and a name is no title-case headline
    ['en', 'General Romeo Santos disagreed.', 'Romeo Santos → Romeo Santos (shape)', /General/u],
  ];
  for (const [lang, text, expected, junk] of cases) {
    const list = mentionsOf(text, lang);
    has(list, expected);
    lacks(list, new RegExp(`→ [^(]*${junk.source}`, 'iu'));
  }
});

test('a role followed by a rank and a name binds that person', () => {
  const list = mentionsOf('The president toured the base. "We will not move," army chief General Romeo Santos told reporters. He said the ships would stay.', 'en');
  has(list, 'army chief → Romeo Santos (role)');
  has(list, 'He → Romeo Santos (pronoun)');
});

test('a person by shape wins over a place or a body named inside it', () => {
  const cases: [string, string, string, RegExp][] = [
    ['fr', 'La ministre Marie Kabanga Wagner a saisi le Conseil de sécurité.', 'Marie Kabanga Wagner → Marie Kabanga Wagner (shape)', /Wagner Group/u],
    ['en', 'Milan Petrovic was questioned by the police in Belgrade.', 'Milan Petrovic → Milan Petrovic (shape)', /→ Milan \(/u],
  ];
  for (const [lang, text, expected, wrong] of cases) {
    const list = mentionsOf(text, lang);
    has(list, expected);
    lacks(list, wrong);
  }
});

test('a capitalised noun after an article is the body a title belongs to, not a person', () => {
  lacks(mentionsOf('Il fut vice-président de la Ligue démocrate, un petit parti.', 'fr'), /Ligue/u);
});

test('"aéroport de X" names the place X', () => {
  has(mentionsOf("Des civils se sont rassemblés près de l'aéroport de Kerlaz.", 'fr'), 'Kerlaz → Kerlaz (shape)');
});

test('states inside hyphenated compounds are mentions: modifiers, pairs and combining forms', () => {
  const cases: [string, string, readonly string[]][] = [
    ['en', 'The ceasefire was a US- and French-brokered arrangement.', ['US → United States (name)', 'French → France (demonym)']],
    ['en', 'A Chinese-built frigate escorted the Iran-backed convoy.', ['Chinese → China (demonym)', 'Iran → Iran (name)']],
    ['en', 'Talks on the Russia-Ukraine war stalled as Sino-Indian ties cooled.', ['Russia → Russia (name)', 'Ukraine → Ukraine (name)', 'Sino → China (demonym)', 'Indian → India (demonym)']],
    ['fr', 'Le couple franco-allemand a évoqué la guerre russo-ukrainienne.', ['franco → France (demonym)', 'allemand → Germany (demonym)', 'russo → Russia (demonym)']],
  ];
  for (const [lang, text, expected] of cases) {
    const list = mentionsOf(text, lang);
    for (const item of expected) has(list, item);
  }
  // A combining form is a name only before a hyphen, and a name inside a hyphenated name stays out.
  lacks(mentionsOf('Le général Franco est mort en 1975.', 'fr'), /France/u);
  lacks(mentionsOf("Le ministre sud-coréen de la Défense, Park Jin-ho, s'est exprimé.", 'fr'), /^Park Jin →/u);
});

test("a body of a named state stands for it: \"Chad's Armed Forces\"", () => {
  const list = mentionsOf("Chad's Armed Forces said the convoy was hit.", 'en');
  has(list, "Chad's Armed Forces → Chad (role)");
  lacks(list, /→ Armed Forces/u);
});

test('a sentence-initial elision splits like a lower-case one ("L\'ambassadeur", not "O\'Brien")', () => {
  has(mentionsOf("L'ambassadeur français, Jean Berthelot, quittera Niamey.", 'fr'), 'ambassadeur français → Jean Berthelot (role)');
  has(mentionsOf('Senator Conor O\'Brien said the vote would wait.', 'en'), "Conor O'Brien → Conor O'Brien (shape)");
});

test('a function title with no office names only the person in apposition', () => {
  has(mentionsOf('Ali Reza Tehrani, an adviser to the supreme leader, said talks were over.', 'en'), 'adviser → Ali Reza Tehrani (role)');
  has(mentionsOf('Le commandant des forces kényanes, Jean Otieno, a parlé aux soldats.', 'fr'), 'commandant des forces kényanes → Jean Otieno (role)');
  // alone, it names nobody
  lacks(mentionsOf('Jean Otieno est arrivé. Le commandant a parlé aux soldats.', 'fr'), /^commandant →/u);
});

test('a role in title position takes in its compound nouns, and a vague noun binds no office', () => {
  const list = mentionsOf('The president toured the base. "We will not move," armed forces chief General Romeo Santos told reporters.', 'en');
  has(list, 'armed forces chief → Romeo Santos (role)');
  lacks(list, /^president → Romeo Santos/u);
  // the role runs on over the name of its person (one mention, as a reader sees it)
  has(mentionsOf("Chad's caretaker Prime Minister Omar Saleh resigned.", 'en'), "Chad's caretaker Prime Minister Omar Saleh → Omar Saleh (role)");
  // not across a verb or an article
  lacks(mentionsOf('He met the former president Joe Biden.', 'en'), /former president/u);
});

test('a demonym noun before an unknown name introduces a person', () => {
  const cases: [string, string, string][] = [
    ['fr', "En finale, l'Italien Marco Tessadri a battu le Néerlandais Joost Verhagen.", 'Marco Tessadri → Marco Tessadri (shape)'],
    ['fr', "En finale, l'Italien Marco Tessadri a battu le Néerlandais Joost Verhagen.", 'Joost Verhagen → Joost Verhagen (shape)'],
    ['fr', 'Devant le jury, la Canadienne Tessadri est restée calme.', 'Tessadri → Tessadri (shape)'],
    ['en', 'The Dutchman Joost Verhagen finished second.', 'Joost Verhagen → Joost Verhagen (shape)'],
  ];
  for (const [lang, text, expected] of cases) has(mentionsOf(text, lang), expected);
  // without an article an English demonym is an adjective: "Norwegian Fjordlines" is no person
  lacks(mentionsOf('They booked a cabin with Norwegian Fjordlines last spring.', 'en'), /Fjordlines/u);
});

test('a lone word in capitals names an organisation, unless it is a common noun, a model or a numeral', () => {
  const list = mentionsOf("Le syndicat FNTP a rejoint la CFTR et le collectif SOLAR-VIE. AMAP a publié un relevé du PIB à 10 h UTC.", 'fr');
  for (const name of ['FNTP', 'CFTR', 'SOLAR-VIE', 'AMAP']) has(list, `${name} → ${name} (shape)`);
  lacks(list, /PIB|UTC/u);
  lacks(mentionsOf('Les malades du COVID et les EHPAD ont reçu de l’aide.', 'fr'), /COVID|EHPAD/u);
  const en = mentionsOf('Engineers at QRTX said the XR 12 drone and the KN-31 missile ran out of fuel; Louis XIV read about the GDP.', 'en');
  has(en, 'QRTX → QRTX (shape)');
  lacks(en, /XR|KN|GDP|^XIV/u);
  has(en, 'Louis XIV → Louis XIV (shape)');
  // a headline in capitals says nothing
  lacks(mentionsOf('GRANDE VICTOIRE POUR LES BLEUS CE SOIR', 'fr'), /VICTOIRE|BLEUS|SOIR/u);
});

test('a compound given name whose first part is listed makes a person', () => {
  const list = mentionsOf('Hier, Marie-Solange Tremblay a rencontré Jean-Eudes Martineau à la mairie.', 'fr');
  has(list, 'Marie-Solange Tremblay → Marie-Solange Tremblay (shape)');
  has(list, 'Jean-Eudes Martineau → Jean-Eudes Martineau (shape)');
  // a hyphenated place is no compound given name
  lacks(mentionsOf('La course part de Saint-Malo Plage ce matin.', 'fr'), /\(shape\)/u);
});

test('a French body name runs on over lower-case adjectives and complements after its capitalised head', () => {
  const list = mentionsOf("La Fédération québécoise de curling a saisi la Cour supérieure de Rimouski, puis le ministère de l'Agriculture.", 'fr');
  has(list, 'Fédération québécoise de curling → Fédération québécoise de curling (shape)');
  has(list, 'Cour supérieure de Rimouski → Cour supérieure de Rimouski (shape)');
  has(list, "ministère de l'Agriculture → ministère de l'Agriculture (shape)");
  // a finite verb or a participle after a named complement is the sentence's, not the name's
  const verbs = mentionsOf('Le Comité olympique constate un recul. Une séance du Conseil régional de Bretagne organisée hier a duré.', 'fr');
  has(verbs, 'Comité olympique → Comité olympique (shape)');
  has(verbs, 'Conseil régional de Bretagne → Conseil régional de Bretagne (shape)');
  lacks(verbs, /constate|organisée/u);
});

test('a lower-case head with adjectives before a name: describing heads name what follows, others are part of it', () => {
  const list = mentionsOf("L'hebdomadaire suisse Oberlander a interrogé le syndicat national des Cheminots et l'hôpital régional de Kinshasa.", 'fr');
  has(list, 'Oberlander → Oberlander (shape)');
  has(list, 'syndicat national des Cheminots → syndicat national des Cheminots (shape)');
  // a state's ministry with its demonym is that state's body, no name of its own
  lacks(mentionsOf('Le ministère malien de la Santé a parlé.', 'fr'), /ministère malien/u);
  // a person after a describing head stays a person
  has(mentionsOf("Il a rejoint l'équipe de Didier Lambrecht cet hiver.", 'fr'), 'Didier Lambrecht → Didier Lambrecht (shape)');
  has(mentionsOf('Shares of the airline Aerolux fell sharply.', 'en'), 'Aerolux → Aerolux (shape)');
});

test('a profession noun before an unknown name makes it a person', () => {
  const list = mentionsOf("La romancière Odile Vasseur et le cycliste belge Joris Vandamme ont été reçus.", 'fr');
  has(list, 'Odile Vasseur → Odile Vasseur (shape)');
  has(list, 'Joris Vandamme → Joris Vandamme (shape)');
  has(mentionsOf('The novelist Tarquin Abernethy signed copies.', 'en'), 'Tarquin Abernethy → Tarquin Abernethy (shape)');
});

test('unknown names listed with a person are people; a comma alone makes no list', () => {
  const list = mentionsOf('Sur la ligne de départ, Jean Roy, Tarquin Abernethy, Wollam Mathers et Ilse Verbeek attendaient.', 'fr');
  for (const name of ['Tarquin Abernethy', 'Wollam Mathers', 'Ilse Verbeek']) has(list, `${name} → ${name} (shape)`);
  has(mentionsOf('Marc Roy and Tarquin Abernethy left early.', 'en'), 'Tarquin Abernethy → Tarquin Abernethy (shape)');
  // "Sur Kestrel, Jean Roy": a clause opener before a person, no list
  lacks(mentionsOf('Sur Kestrel, Jean Roy a publié une vidéo.', 'fr'), /Kestrel/u);
});

test('a lower-case demonym noun after an article, or initials, before a name make a person', () => {
  const list = mentionsOf("En demi-finale, elle a battu l'autrichienne Kerstel Tippler. Le roman de P. D. Vauclair est sorti.", 'fr');
  has(list, 'Kerstel Tippler → Kerstel Tippler (shape)');
  has(list, 'P. D. Vauclair → P. D. Vauclair (shape)');
  // an honorific is no initial: "M. Vauclair" is Vauclair
  has(mentionsOf('Selon M. Vauclair, tout va bien.', 'fr'), 'M. Vauclair → Vauclair (shape)');
  has(mentionsOf('A new novel by R. T. Ashdown came out.', 'en'), 'R. T. Ashdown → R. T. Ashdown (shape)');
});

test('a capitalised head of a body alone after an article names that body', () => {
  const list = mentionsOf("Le texte sera examiné par le Sénat puis par l'Assemblée et la Fondation avant l'été.", 'fr');
  has(list, 'Fondation → Fondation (shape)');
  has(list, 'Assemblée → Assemblée (shape)');
  // a describing head alone ("la Société") names nothing
  lacks(mentionsOf('Il a quitté la Société en mai.', 'fr'), /Société/u);
});

test('an English demonym after an article is an adjective: the capitalised body after it is no person', () => {
  for (const text of ['The Chilean Senate approved the pension reform on Thursday.', 'Talks stalled after the Kenyan Government raised fuel taxes.']) {
    lacks(mentionsOf(text, 'en'), /\(shape\)/u);
  }
  // a listed given name after the demonym, or a French demonym noun (capitalised) after its article, still introduces a person
  has(mentionsOf('The Peruvian Maria Quispe won the marathon.', 'en'), 'Maria Quispe → Maria Quispe (shape)');
  has(mentionsOf('La Péruvienne Quispe a gagné le marathon.', 'fr'), 'Quispe → Quispe (shape)');
});

test("a role's complement may be an anaphor that holds its determiner ('du pays'), and a representative in apposition is that person", () => {
  has(mentionsOf("Le Pérou a ouvert une enquête. Rosa Quispe, la procureure générale du pays, a confirmé l'arrestation.", 'fr'), 'procureure générale du pays → Rosa Quispe (role)');
  has(mentionsOf('Igor Sokolov, un représentant officiel du Kremlin, a refusé de commenter mardi.', 'fr'), 'représentant officiel du Kremlin → Igor Sokolov (role)');
  has(mentionsOf('"Nothing changes," said Igor Sokolov, a representative of the Kremlin.', 'en'), 'representative of the Kremlin → Igor Sokolov (role)');
});

test('a role noun right before the name of its person makes one mention with it ("le président Lula", "President Lula")', () => {
  has(mentionsOf('Je verrai le président Lula à Brasilia la semaine prochaine.', 'fr'), 'président Lula → Luiz Inácio Lula da Silva (role)');
  has(mentionsOf('Ottawa said President Lula would come in June.', 'en'), 'President Lula → Luiz Inácio Lula da Silva (role)');
  has(mentionsOf('Ottawa said President Lula would come in June.', 'en'), 'Lula → Luiz Inácio Lula da Silva (name)');
  lacks(mentionsOf('Ottawa said President Lula would come in June.', 'en'), /^President →/mu);
});

test('a French head-first name takes the English key its head gives ("université de Yonsei" → Yonsei University), so both languages meet', () => {
  has(mentionsOf("Selon Park Min-ho, professeur à l'université de Yonsei, le tir a échoué.", 'fr'), 'université de Yonsei → Yonsei University (shape)');
  has(mentionsOf("Le ferry a quitté l'île de Sein à l'aube.", 'fr'), 'île de Sein → Sein Island (shape)');
  // no English form for the head: the name as written
  has(mentionsOf('Il a écrit au conseil de Zinder.', 'fr'), 'conseil de Zinder → conseil de Zinder (shape)');
});

test('a role in title position takes in the name that owns it and the nouns between ("Wagner unit commander X")', () => {
  has(mentionsOf('Reports said the Wagner unit commander Ivan Petrov was wounded.', 'en'), 'Wagner unit commander Ivan Petrov → Ivan Petrov (role)');
  has(mentionsOf('Officials said that NATO task force commander Ivan Petrov had left.', 'en'), 'NATO task force commander Ivan Petrov → Ivan Petrov (role)');
  // a verb between, or a place that says where rather than whose
  lacks(mentionsOf('Ottawa said President Lula would come in June.', 'en'), /Ottawa said/u);
  lacks(mentionsOf('The envoy spoke in Ottawa alongside Defence Minister Ivan Petrov on Monday.', 'en'), /Ottawa alongside/u);
});

test("a counterpart with a state is the holder there of an office the person named before holds ('his Russian counterpart')", () => {
  has(mentionsOf('Xi Jinping flew to Astana on Tuesday. There he praised his Russian counterpart at length.', 'en', '2024-07-03'), 'Russian counterpart → Vladimir Putin (role)');
  has(mentionsOf("Xi Jinping s'est rendu mardi à Astana. Il y a salué longuement son homologue russe.", 'fr', '2024-07-03'), 'homologue russe → Vladimir Putin (role)');
  // no state said: nobody
  lacks(mentionsOf('Xi Jinping flew to Astana on Tuesday. There he praised his counterpart at length.', 'en', '2024-07-03'), /counterpart →/u);
});
