FR = []

def E(key, kind, *m): return {"key": key, "kind": kind, "mentions": list(m)}
def Q(text, speaker, kind): return {"text": text, "speaker": speaker, "kind": kind}
def V(actor, typ, target, cert, source, evidence, qty=None):
    d = {"actor": actor, "type": typ, "target": target, "certainty": cert, "source": source}
    if qty: d["quantity"] = {"value": qty[0], "unit": qty[1]}
    d["evidence"] = evidence
    return d
def N(text, value, unit, approx): return {"text": text, "value": value, "unit": unit, "approx": approx}
def D(text, value): return {"text": text, "value": value}

FR.append({
 "id": "fr-t01", "lang": "fr", "url": None, "published": "2024-04-15",
 "text": """Soudan : à Paris, les donateurs promettent plus de 2 milliards d'euros

Conférence humanitaire

La France a accueilli lundi une conférence internationale sur le Soudan, un an jour pour jour après le début de la guerre entre l'armée soudanaise du général Abdel Fattah al-Burhan et les Forces de soutien rapide (FSR) de Mohamed Hamdan Dagalo. Les participants ont promis plus de 2 milliards d'euros d'aide humanitaire, a annoncé le président français Emmanuel Macron.

« La communauté internationale ne peut pas détourner le regard du Soudan », a déclaré le chef de l'État. Il a affirmé que l'Union européenne verserait 355 millions d'euros.

Accusations d'ingérence

Selon un rapport des Nations unies, les Émirats arabes unis auraient livré des armes aux FSR en passant par le Tchad. Abou Dhabi a démenti toute livraison. Khartoum accuse de son côté les Émirats de financer les paramilitaires.

Le conflit a fait au moins 15 000 morts et plus de 8 millions de déplacés, d'après les Nations unies. Les FSR sont soupçonnées d'avoir tué des civils à El Geneina en juin 2023. Washington prévoit d'organiser de nouvelles négociations à Djeddah le mois prochain.""",
 "entities": [
  E("France", "country", "France", "français"),
  E("Sudan", "country", "Soudan", "soudanaise", "Khartoum"),
  E("Abdel Fattah al-Burhan", "person", "Abdel Fattah al-Burhan"),
  E("Rapid Support Forces", "organization", "Forces de soutien rapide", "FSR", "paramilitaires"),
  E("Mohamed Hamdan Dagalo", "person", "Mohamed Hamdan Dagalo"),
  E("Emmanuel Macron", "person", "Emmanuel Macron", "chef de l'État", "Il"),
  E("European Union", "organization", "Union européenne"),
  E("United Nations", "organization", "Nations unies"),
  E("United Arab Emirates", "country", "Émirats arabes unis", "Abou Dhabi", "Émirats"),
  E("Chad", "country", "Tchad"),
  E("El Geneina", "place", "El Geneina"),
  E("United States", "country", "Washington"),
  E("Jeddah", "place", "Djeddah"),
 ],
 "quotes": [
  Q("Les participants ont promis plus de 2 milliards d'euros d'aide humanitaire", "Emmanuel Macron", "indirect"),
  Q("La communauté internationale ne peut pas détourner le regard du Soudan", "Emmanuel Macron", "direct"),
  Q("que l'Union européenne verserait 355 millions d'euros", "Emmanuel Macron", "indirect"),
 ],
 "events": [
  V("France", "CONSULT", None, "asserted", None, "La France a accueilli lundi une conférence internationale sur le Soudan"),
  V("Sudan", "ASSAULT", "Rapid Support Forces", "asserted", None, "la guerre entre l'armée soudanaise du général Abdel Fattah al-Burhan et les Forces de soutien rapide"),
  V(None, "AID", "Sudan", "planned", "Emmanuel Macron", "Les participants ont promis plus de 2 milliards d'euros d'aide humanitaire", (2000000000, "euro")),
  V("European Union", "AID", "Sudan", "planned", "Emmanuel Macron", "l'Union européenne verserait 355 millions d'euros", (355000000, "euro")),
  V("United Arab Emirates", "AID", "Rapid Support Forces", "alleged", "United Nations", "les Émirats arabes unis auraient livré des armes aux FSR"),
  V("United Arab Emirates", "AID", "Rapid Support Forces", "denied", "United Arab Emirates", "Abou Dhabi a démenti toute livraison"),
  V("Sudan", "ACCUSE", "United Arab Emirates", "asserted", None, "Khartoum accuse de son côté les Émirats de financer les paramilitaires"),
  V("United Arab Emirates", "AID", "Rapid Support Forces", "alleged", "Sudan", "les Émirats de financer les paramilitaires"),
  V("Rapid Support Forces", "ASSAULT", None, "suspected", None, "Les FSR sont soupçonnées d'avoir tué des civils"),
  V("United States", "CONSULT", None, "planned", None, "Washington prévoit d'organiser de nouvelles négociations à Djeddah"),
 ],
 "quantities": [
  N("plus de 2 milliards d'euros", 2000000000, "euro", "more_than"),
  N("plus de 2 milliards d'euros", 2000000000, "euro", "more_than"),
  N("355 millions d'euros", 355000000, "euro", "exact"),
  N("au moins 15 000 morts", 15000, "death", "at_least"),
  N("plus de 8 millions de déplacés", 8000000, "displaced person", "more_than"),
 ],
 "dates": [D("lundi", "2024-04-15"), D("juin 2023", "2023-06"), D("le mois prochain", "2024-05")],
})

FR.append({
 "id": "fr-t02", "lang": "fr", "url": None, "published": "2023-09-25",
 "text": """Niger : Emmanuel Macron annonce le départ des soldats français

Fin de la présence militaire

La France va retirer ses quelque 1 500 militaires déployés au Niger d'ici la fin de l'année, a annoncé dimanche soir Emmanuel Macron, deux mois après le coup d'État qui a renversé le président Mohamed Bazoum. L'ambassadeur français, Sylvain Itté, quittera Niamey dans les prochaines heures, a précisé le président français lors d'un entretien télévisé.

« Nous mettons fin à notre coopération militaire avec les autorités de fait du Niger, car elles ne veulent plus lutter contre le terrorisme », a-t-il déclaré.

La junte dirigée par le général Abdourahamane Tiani a salué « une nouvelle étape vers la souveraineté du Niger ». Les militaires au pouvoir avaient exigé le départ des troupes françaises et dénoncé les accords de défense avec Paris.

La Cédéao menace depuis juillet d'intervenir militairement pour rétablir M. Bazoum, toujours détenu dans sa résidence. Selon des sources diplomatiques, le Mali et le Burkina Faso auraient promis d'envoyer des troupes pour défendre Niamey en cas d'intervention. Les putschistes ont démenti toute présence de mercenaires russes de Wagner sur leur sol.

Le retrait pourrait coûter à Paris sa dernière base importante au Sahel.""",
 "entities": [
  E("France", "country", "France", "français", "française", "françaises", "Paris"),
  E("Niger", "country", "Niger", "Niamey", "junte", "putschistes"),
  E("Emmanuel Macron", "person", "Emmanuel Macron", "président français", "il"),
  E("Mohamed Bazoum", "person", "Mohamed Bazoum", "M. Bazoum"),
  E("Sylvain Itté", "person", "Sylvain Itté", "ambassadeur français"),
  E("Abdourahamane Tiani", "person", "Abdourahamane Tiani"),
  E("ECOWAS", "organization", "Cédéao"),
  E("Mali", "country", "Mali"),
  E("Burkina Faso", "country", "Burkina Faso"),
  E("Wagner Group", "organization", "Wagner"),
  E("Russia", "country", "russes"),
  E("Sahel", "place", "Sahel"),
 ],
 "quotes": [
  Q("La France va retirer ses quelque 1 500 militaires déployés au Niger d'ici la fin de l'année", "Emmanuel Macron", "indirect"),
  Q("L'ambassadeur français, Sylvain Itté, quittera Niamey dans les prochaines heures", "Emmanuel Macron", "indirect"),
  Q("Nous mettons fin à notre coopération militaire avec les autorités de fait du Niger, car elles ne veulent plus lutter contre le terrorisme", "Emmanuel Macron", "direct"),
  Q("une nouvelle étape vers la souveraineté du Niger", "Niger", "direct"),
 ],
 "events": [
  V("France", "RETREAT", "Niger", "planned", "Emmanuel Macron", "La France va retirer ses quelque 1 500 militaires déployés au Niger", (1500, "soldier")),
  V("Niger", "COERCE", "Mohamed Bazoum", "asserted", None, "le coup d'État qui a renversé le président Mohamed Bazoum"),
  V("Sylvain Itté", "RETREAT", "Niger", "planned", "Emmanuel Macron", "Sylvain Itté, quittera Niamey dans les prochaines heures"),
  V("France", "SANCTION", "Niger", "reported", "Emmanuel Macron", "Nous mettons fin à notre coopération militaire avec les autorités de fait du Niger"),
  V("Niger", "SUPPORT", "France", "asserted", None, "La junte dirigée par le général Abdourahamane Tiani a salué"),
  V("Niger", "REQUEST", "France", "asserted", None, "Les militaires au pouvoir avaient exigé le départ des troupes françaises"),
  V("Niger", "SANCTION", "France", "asserted", None, "dénoncé les accords de défense avec Paris"),
  V("ECOWAS", "THREATEN", "Niger", "asserted", None, "La Cédéao menace depuis juillet d'intervenir militairement"),
  V("Niger", "COERCE", "Mohamed Bazoum", "asserted", None, "M. Bazoum, toujours détenu dans sa résidence"),
  V("Mali", "AID", "Niger", "alleged", "diplomatic sources", "le Mali et le Burkina Faso auraient promis d'envoyer des troupes pour défendre Niamey"),
  V("Burkina Faso", "AID", "Niger", "alleged", "diplomatic sources", "le Mali et le Burkina Faso auraient promis d'envoyer des troupes pour défendre Niamey"),
  V("Wagner Group", "AID", "Niger", "denied", "Niger", "Les putschistes ont démenti toute présence de mercenaires russes de Wagner"),
 ],
 "quantities": [N("quelque 1 500 militaires", 1500, "soldier", "about")],
 "dates": [D("dimanche", "2023-09-24"), D("juillet", "2023-07")],
})

FR.append({
 "id": "fr-t03", "lang": "fr", "url": None, "published": "2025-01-28",
 "text": """RDC : les rebelles du M23 s'emparent de Goma

Combats dans l'est du Congo

Les rebelles du M23, soutenus selon l'ONU par le Rwanda, ont pris lundi le contrôle de l'essentiel de Goma, la principale ville de l'est de la République démocratique du Congo. Les combats ont fait au moins 100 morts et près de 1 000 personnes blessées, selon des sources hospitalières.

Kinshasa a rompu ses relations diplomatiques avec Kigali dimanche. « Le Rwanda a déclaré la guerre à la RDC », a affirmé la ministre congolaise des Affaires étrangères, Thérèse Kayikwamba Wagner, devant le Conseil de sécurité. Elle a demandé des sanctions contre les dirigeants rwandais.

Selon un rapport des Nations unies, jusqu'à 4 000 soldats rwandais combattraient aux côtés du M23. Kigali dément soutenir les rebelles et accuse l'armée congolaise de collaborer avec les FDLR, une milice hutue.

Des manifestants ont attaqué mardi plusieurs ambassades à Kinshasa, dont celles de la France et des États-Unis, leur reprochant leur silence.

Le président kényan William Ruto a annoncé qu'il réunirait les présidents Félix Tshisekedi et Paul Kagame lors d'un sommet virtuel mercredi. Le chef de l'État congolais pourrait ne pas y participer, selon son entourage.""",
 "entities": [
  E("M23", "organization", "M23"),
  E("United Nations", "organization", "ONU", "Nations unies"),
  E("Rwanda", "country", "Rwanda", "Kigali", "rwandais"),
  E("Goma", "place", "Goma"),
  E("Democratic Republic of the Congo", "country", "République démocratique du Congo", "RDC", "Kinshasa", "congolaise", "Congo"),
  E("Thérèse Kayikwamba Wagner", "person", "Thérèse Kayikwamba Wagner", "ministre congolaise des Affaires étrangères", "Elle"),
  E("United Nations Security Council", "organization", "Conseil de sécurité"),
  E("FDLR", "organization", "FDLR"),
  E("France", "country", "France"),
  E("United States", "country", "États-Unis"),
  E("William Ruto", "person", "William Ruto", "président kényan", "il"),
  E("Kenya", "country", "kényan"),
  E("Félix Tshisekedi", "person", "Félix Tshisekedi", "chef de l'État congolais"),
  E("Paul Kagame", "person", "Paul Kagame"),
 ],
 "quotes": [
  Q("Le Rwanda a déclaré la guerre à la RDC", "Thérèse Kayikwamba Wagner", "direct"),
  Q("qu'il réunirait les présidents Félix Tshisekedi et Paul Kagame lors d'un sommet virtuel mercredi", "William Ruto", "indirect"),
 ],
 "events": [
  V("M23", "ASSAULT", "Democratic Republic of the Congo", "asserted", None, "ont pris lundi le contrôle de l'essentiel de Goma"),
  V("Rwanda", "AID", "M23", "reported", "United Nations", "soutenus selon l'ONU par le Rwanda"),
  V("Democratic Republic of the Congo", "SANCTION", "Rwanda", "asserted", None, "Kinshasa a rompu ses relations diplomatiques avec Kigali"),
  V("Rwanda", "ASSAULT", "Democratic Republic of the Congo", "reported", "Thérèse Kayikwamba Wagner", "Le Rwanda a déclaré la guerre à la RDC"),
  V("Thérèse Kayikwamba Wagner", "REQUEST", "United Nations Security Council", "asserted", None, "Elle a demandé des sanctions contre les dirigeants rwandais"),
  V("Rwanda", "AID", "M23", "alleged", "United Nations", "jusqu'à 4 000 soldats rwandais combattraient aux côtés du M23", (4000, "soldier")),
  V("Rwanda", "AID", "M23", "denied", "Rwanda", "Kigali dément soutenir les rebelles"),
  V("Rwanda", "ACCUSE", "Democratic Republic of the Congo", "asserted", None, "accuse l'armée congolaise de collaborer avec les FDLR"),
  V("Democratic Republic of the Congo", "COOPERATE", "FDLR", "alleged", "Rwanda", "l'armée congolaise de collaborer avec les FDLR"),
  V(None, "ASSAULT", "France", "asserted", None, "Des manifestants ont attaqué mardi plusieurs ambassades à Kinshasa, dont celles de la France"),
  V(None, "ASSAULT", "United States", "asserted", None, "Des manifestants ont attaqué mardi plusieurs ambassades à Kinshasa, dont celles de la France et des États-Unis"),
  V(None, "ACCUSE", "France", "asserted", None, "leur reprochant leur silence"),
  V(None, "ACCUSE", "United States", "asserted", None, "leur reprochant leur silence"),
  V("William Ruto", "CONSULT", "Félix Tshisekedi", "planned", "William Ruto", "il réunirait les présidents Félix Tshisekedi et Paul Kagame"),
  V("William Ruto", "CONSULT", "Paul Kagame", "planned", "William Ruto", "il réunirait les présidents Félix Tshisekedi et Paul Kagame"),
 ],
 "quantities": [
  N("au moins 100 morts", 100, "death", "at_least"),
  N("près de 1 000 personnes", 1000, "person", "about"),
  N("jusqu'à 4 000 soldats", 4000, "soldier", "up_to"),
 ],
 "dates": [D("lundi", "2025-01-27"), D("dimanche", "2025-01-26"), D("mardi", "2025-01-28"), D("mercredi", "2025-01-29")],
})

FR.append({
 "id": "fr-t04", "lang": "fr", "url": None, "published": "2024-06-26",
 "text": """Haïti : les premiers policiers kényans débarquent à Port-au-Prince

Mission multinationale

Un premier contingent de 400 policiers kényans est arrivé mardi à Port-au-Prince, près de deux ans après l'appel à l'aide lancé par le gouvernement haïtien. Ils doivent épauler la police nationale face aux gangs qui contrôlent environ 80 % de la capitale.

« Nous sommes venus pour rétablir la sécurité, pas pour occuper le pays », a déclaré leur commandant, Godfrey Otunge, à l'aéroport. Le Premier ministre haïtien, Garry Conille, a salué « un moment historique ».

La mission, autorisée par le Conseil de sécurité de l'ONU en octobre 2023, devrait compter jusqu'à 2 500 hommes. Les États-Unis ont promis à Haïti plus de 300 millions de dollars pour financer l'opération. Le chef de gang Jimmy Chérizier, dit « Barbecue », a menacé de combattre les policiers étrangers s'ils commettaient des abus.

Selon l'ONU, plus de 2 500 personnes ont été tuées ou blessées dans des violences liées aux gangs au premier trimestre. Des élus kényans de l'opposition ont contesté le déploiement devant la justice, estimant qu'il viole la Constitution. Le président William Ruto, lui, a affirmé que Nairobi tiendrait « ses engagements ».""",
 "entities": [
  E("Kenya", "country", "kényans", "Nairobi"),
  E("Haiti", "country", "Haïti", "haïtien"),
  E("Port-au-Prince", "place", "Port-au-Prince"),
  E("Godfrey Otunge", "person", "Godfrey Otunge", "commandant"),
  E("Garry Conille", "person", "Garry Conille", "Premier ministre haïtien"),
  E("United Nations Security Council", "organization", "Conseil de sécurité de l'ONU"),
  E("United Nations", "organization", "ONU"),
  E("United States", "country", "États-Unis"),
  E("Jimmy Chérizier", "person", "Jimmy Chérizier", "Barbecue", "chef de gang"),
  E("Kenyan opposition lawmakers", "group", "élus kényans de l'opposition"),
  E("William Ruto", "person", "William Ruto", "lui"),
 ],
 "quotes": [
  Q("Nous sommes venus pour rétablir la sécurité, pas pour occuper le pays", "Godfrey Otunge", "direct"),
  Q("un moment historique", "Garry Conille", "direct"),
  Q("qu'il viole la Constitution", "Kenyan opposition lawmakers", "indirect"),
  Q("que Nairobi tiendrait « ses engagements »", "William Ruto", "indirect"),
 ],
 "events": [
  V("Kenya", "AID", "Haiti", "asserted", None, "Un premier contingent de 400 policiers kényans est arrivé mardi à Port-au-Prince", (400, "police officer")),
  V("Haiti", "REQUEST", None, "asserted", None, "l'appel à l'aide lancé par le gouvernement haïtien"),
  V("Kenya", "AID", "Haiti", "reported", "Godfrey Otunge", "Nous sommes venus pour rétablir la sécurité"),
  V("Garry Conille", "SUPPORT", "Kenya", "asserted", None, "Garry Conille, a salué « un moment historique »"),
  V("United States", "AID", "Haiti", "planned", None, "Les États-Unis ont promis à Haïti plus de 300 millions de dollars", (300000000, "dollar")),
  V("Jimmy Chérizier", "THREATEN", None, "asserted", None, "a menacé de combattre les policiers étrangers"),
  V("Kenyan opposition lawmakers", "ACCUSE", "Kenya", "asserted", None, "Des élus kényans de l'opposition ont contesté le déploiement devant la justice"),
  V("Kenya", "AGREE", "Haiti", "reported", "William Ruto", "Nairobi tiendrait « ses engagements »"),
 ],
 "quantities": [
  N("400 policiers", 400, "police officer", "exact"),
  N("environ 80 %", 80, "percent", "about"),
  N("jusqu'à 2 500 hommes", 2500, "man", "up_to"),
  N("plus de 300 millions de dollars", 300000000, "dollar", "more_than"),
  N("plus de 2 500 personnes", 2500, "person", "more_than"),
 ],
 "dates": [D("mardi", "2024-06-25"), D("octobre 2023", "2023-10")],
})

FR.append({
 "id": "fr-t05", "lang": "fr", "url": None, "published": "2023-09-21",
 "text": """Haut-Karabakh : les séparatistes arméniens déposent les armes

Cessez-le-feu

Au lendemain d'une offensive éclair de l'armée azerbaïdjanaise, les autorités séparatistes du Haut-Karabakh ont accepté mercredi un cessez-le-feu négocié par les soldats de la paix russes. Les combats ont fait au moins 200 morts, selon les séparatistes.

Des représentants des séparatistes rencontrent ce jeudi des responsables azerbaïdjanais à Yevlakh pour discuter de la « réintégration » du territoire. Bakou exige le désarmement complet des forces séparatistes et la dissolution de leur gouvernement.

« Nous n'avons pas l'intention de nous battre contre l'Azerbaïdjan », a assuré le Premier ministre arménien Nikol Pachinian, accusé par des manifestants à Erevan d'avoir abandonné le Karabakh. Il a affirmé qu'Erevan n'avait pas participé à l'élaboration du cessez-le-feu.

Selon des témoins, plusieurs milliers de civils se seraient rassemblés près de l'aéroport de Stepanakert, contrôlé par les Russes. Le président azerbaïdjanais Ilham Aliev a promis de garantir les droits des Arméniens. Paris a condamné l'offensive et envisage d'envoyer une aide humanitaire de 7 millions d'euros.""",
 "entities": [
  E("Azerbaijan", "country", "azerbaïdjanaise", "azerbaïdjanais", "Bakou", "Azerbaïdjan"),
  E("Republic of Artsakh", "organization", "autorités séparatistes", "séparatistes"),
  E("Nagorno-Karabakh", "place", "Haut-Karabakh", "Karabakh"),
  E("Russia", "country", "russes", "Russes"),
  E("Yevlakh", "place", "Yevlakh"),
  E("Armenia", "country", "arménien", "Erevan"),
  E("Nikol Pashinyan", "person", "Nikol Pachinian", "Premier ministre arménien", "Il"),
  E("Stepanakert", "place", "Stepanakert"),
  E("Ilham Aliyev", "person", "Ilham Aliev", "président azerbaïdjanais"),
  E("France", "country", "Paris"),
 ],
 "quotes": [
  Q("Nous n'avons pas l'intention de nous battre contre l'Azerbaïdjan", "Nikol Pashinyan", "direct"),
  Q("qu'Erevan n'avait pas participé à l'élaboration du cessez-le-feu", "Nikol Pashinyan", "indirect"),
 ],
 "events": [
  V("Azerbaijan", "ASSAULT", "Republic of Artsakh", "asserted", None, "une offensive éclair de l'armée azerbaïdjanaise"),
  V("Republic of Artsakh", "AGREE", "Azerbaijan", "asserted", None, "les autorités séparatistes du Haut-Karabakh ont accepté mercredi un cessez-le-feu"),
  V("Russia", "CONSULT", "Republic of Artsakh", "asserted", None, "un cessez-le-feu négocié par les soldats de la paix russes"),
  V("Russia", "CONSULT", "Azerbaijan", "asserted", None, "un cessez-le-feu négocié par les soldats de la paix russes"),
  V("Republic of Artsakh", "CONSULT", "Azerbaijan", "asserted", None, "Des représentants des séparatistes rencontrent ce jeudi des responsables azerbaïdjanais à Yevlakh"),
  V("Azerbaijan", "REQUEST", "Republic of Artsakh", "asserted", None, "Bakou exige le désarmement complet des forces séparatistes"),
  V("Armenia", "ASSAULT", "Azerbaijan", "denied", "Nikol Pashinyan", "Nous n'avons pas l'intention de nous battre contre l'Azerbaïdjan"),
  V(None, "ACCUSE", "Nikol Pashinyan", "asserted", None, "accusé par des manifestants à Erevan d'avoir abandonné le Karabakh"),
  V("Nikol Pashinyan", "RETREAT", "Republic of Artsakh", "alleged", "protesters", "d'avoir abandonné le Karabakh"),
  V("Armenia", "CONSULT", None, "denied", "Nikol Pashinyan", "Erevan n'avait pas participé à l'élaboration du cessez-le-feu"),
  V("Ilham Aliyev", "AGREE", None, "asserted", None, "Ilham Aliev a promis de garantir les droits des Arméniens"),
  V("France", "ACCUSE", "Azerbaijan", "asserted", None, "Paris a condamné l'offensive"),
  V("France", "AID", None, "planned", None, "envisage d'envoyer une aide humanitaire de 7 millions d'euros", (7000000, "euro")),
 ],
 "quantities": [N("au moins 200 morts", 200, "death", "at_least"), N("7 millions d'euros", 7000000, "euro", "exact")],
 "dates": [D("mercredi", "2023-09-20"), D("jeudi", "2023-09-21")],
})

FR.append({
 "id": "fr-t06", "lang": "fr", "url": None, "published": "2023-09-29",
 "text": """Kosovo : un policier tué dans une attaque, Pristina accuse Belgrade

Fusillade à Banjska

Un policier kosovar a été tué et deux autres blessés dimanche dans le nord du Kosovo lors d'une attaque menée par une trentaine d'hommes lourdement armés, qui se sont ensuite retranchés dans un monastère orthodoxe à Banjska. Trois assaillants ont été abattus lors des affrontements avec la police.

« Le crime organisé, soutenu politiquement et financièrement par Belgrade, attaque notre État », a dénoncé le Premier ministre kosovar Albin Kurti. Le président serbe Aleksandar Vucic a rejeté ces accusations, affirmant que les assaillants étaient des Serbes du Kosovo qui ne voulaient plus subir « la terreur de Kurti ».

Selon Pristina, le commando aurait été dirigé par Milan Radoicic, un ancien vice-président de la Liste serbe, principal parti des Serbes du Kosovo. Celui-ci a reconnu mercredi sa participation mais nié tout lien avec le gouvernement serbe.

L'Union européenne a condamné « une attaque odieuse » et appelé les deux parties à la retenue. Washington s'est dit préoccupé par un déploiement militaire serbe « sans précédent » le long de la frontière et a exhorté Belgrade à retirer ses troupes. Les États-Unis estiment qu'environ 4 500 soldats ont été massés près du Kosovo.""",
 "entities": [
  E("Kosovo", "country", "kosovar", "Kosovo", "Pristina"),
  E("Serbia", "country", "Belgrade", "serbe"),
  E("Banjska", "place", "Banjska"),
  E("Albin Kurti", "person", "Albin Kurti", "Premier ministre kosovar", "Kurti"),
  E("Aleksandar Vučić", "person", "Aleksandar Vucic", "président serbe"),
  E("Kosovo Serbs", "group", "Serbes du Kosovo"),
  E("Milan Radoičić", "person", "Milan Radoicic", "Celui-ci"),
  E("Serb List", "organization", "Liste serbe"),
  E("European Union", "organization", "Union européenne"),
  E("United States", "country", "Washington", "États-Unis"),
 ],
 "quotes": [
  Q("Le crime organisé, soutenu politiquement et financièrement par Belgrade, attaque notre État", "Albin Kurti", "direct"),
  Q("que les assaillants étaient des Serbes du Kosovo qui ne voulaient plus subir « la terreur de Kurti »", "Aleksandar Vučić", "indirect"),
  Q("une attaque odieuse", "European Union", "direct"),
  Q("sans précédent", "United States", "direct"),
  Q("qu'environ 4 500 soldats ont été massés près du Kosovo", "United States", "indirect"),
 ],
 "events": [
  V(None, "ASSAULT", "Kosovo", "asserted", None, "Un policier kosovar a été tué et deux autres blessés dimanche dans le nord du Kosovo lors d'une attaque"),
  V("Kosovo", "ASSAULT", None, "asserted", None, "Trois assaillants ont été abattus lors des affrontements avec la police", (3, "assailant")),
  V("Albin Kurti", "ACCUSE", "Serbia", "asserted", None, "a dénoncé le Premier ministre kosovar Albin Kurti"),
  V("Serbia", "AID", None, "alleged", "Albin Kurti", "Le crime organisé, soutenu politiquement et financièrement par Belgrade"),
  V(None, "ASSAULT", "Kosovo", "reported", "Albin Kurti", "Le crime organisé, soutenu politiquement et financièrement par Belgrade, attaque notre État"),
  V("Serbia", "AID", None, "denied", "Aleksandar Vučić", "Aleksandar Vucic a rejeté ces accusations"),
  V("Aleksandar Vučić", "ACCUSE", "Albin Kurti", "asserted", None, "ne voulaient plus subir « la terreur de Kurti »"),
  V("Albin Kurti", "COERCE", "Kosovo Serbs", "alleged", "Aleksandar Vučić", "des Serbes du Kosovo qui ne voulaient plus subir « la terreur de Kurti »"),
  V("Milan Radoičić", "ASSAULT", "Kosovo", "alleged", "Kosovo", "Selon Pristina, le commando aurait été dirigé par Milan Radoicic"),
  V("Milan Radoičić", "ASSAULT", "Kosovo", "reported", "Milan Radoičić", "Celui-ci a reconnu mercredi sa participation"),
  V("Serbia", "AID", "Milan Radoičić", "denied", "Milan Radoičić", "nié tout lien avec le gouvernement serbe"),
  V("European Union", "ACCUSE", None, "asserted", None, "L'Union européenne a condamné « une attaque odieuse »"),
  V("European Union", "REQUEST", "Kosovo", "asserted", None, "appelé les deux parties à la retenue"),
  V("European Union", "REQUEST", "Serbia", "asserted", None, "appelé les deux parties à la retenue"),
  V("United States", "ACCUSE", "Serbia", "asserted", None, "Washington s'est dit préoccupé par un déploiement militaire serbe"),
  V("Serbia", "MOBILIZE", "Kosovo", "reported", "United States", "environ 4 500 soldats ont été massés près du Kosovo", (4500, "soldier")),
  V("United States", "REQUEST", "Serbia", "asserted", None, "a exhorté Belgrade à retirer ses troupes"),
 ],
 "quantities": [
  N("deux autres", 2, "police officer", "exact"),
  N("une trentaine d'hommes", 30, "man", "about"),
  N("Trois assaillants", 3, "assailant", "exact"),
  N("environ 4 500 soldats", 4500, "soldier", "about"),
 ],
 "dates": [D("dimanche", "2023-09-24"), D("mercredi", "2023-09-27")],
})
