from build_fr import E, Q, V, N, D
EN = []

EN.append({
 "id": "en-t01", "lang": "en", "url": None, "published": "2025-05-07",
 "text": """India strikes targets in Pakistan after Kashmir massacre

Operation Sindoor

India launched missile strikes on nine sites in Pakistan and Pakistan-administered Kashmir early on Wednesday, two weeks after gunmen killed 26 people, most of them tourists, near the resort town of Pahalgam. New Delhi said it had hit "terrorist infrastructure" used by Lashkar-e-Taiba and Jaish-e-Mohammed and that no Pakistani military facilities were targeted.

Islamabad said at least 26 civilians died in the strikes, including a child, and called the attack "an act of war." "Pakistan has every right to respond to this act of war at a time, place and manner of its choosing," Prime Minister Shehbaz Sharif said.

Pakistan's army claimed its jets had shot down five Indian aircraft, a claim New Delhi did not confirm. India accuses Islamabad of backing the militants behind the Pahalgam attack; Pakistan denies any role and has called for a neutral investigation.

The two nuclear-armed neighbours also exchanged artillery fire along the Line of Control, where at least 10 people were reportedly killed.

The United States urged both sides to de-escalate. Secretary of State Marco Rubio plans to speak with officials in both capitals, a State Department spokeswoman said.""",
 "entities": [
  E("India", "country", "India", "New Delhi", "Indian"),
  E("Pakistan", "country", "Pakistan", "Pakistani", "Islamabad"),
  E("Azad Kashmir", "place", "Pakistan-administered Kashmir"),
  E("Pahalgam", "place", "Pahalgam"),
  E("Lashkar-e-Taiba", "organization", "Lashkar-e-Taiba"),
  E("Jaish-e-Mohammed", "organization", "Jaish-e-Mohammed"),
  E("Shehbaz Sharif", "person", "Shehbaz Sharif", "Prime Minister"),
  E("Line of Control", "place", "Line of Control"),
  E("United States", "country", "United States"),
  E("Marco Rubio", "person", "Marco Rubio", "Secretary of State"),
  E("United States Department of State", "organization", "State Department"),
 ],
 "quotes": [
  Q("it had hit \"terrorist infrastructure\" used by Lashkar-e-Taiba and Jaish-e-Mohammed and that no Pakistani military facilities were targeted", "India", "indirect"),
  Q("at least 26 civilians died in the strikes, including a child", "Pakistan", "indirect"),
  Q("an act of war.", "Pakistan", "direct"),
  Q("Pakistan has every right to respond to this act of war at a time, place and manner of its choosing,", "Shehbaz Sharif", "direct"),
  Q("its jets had shot down five Indian aircraft", "Pakistan", "indirect"),
  Q("Secretary of State Marco Rubio plans to speak with officials in both capitals", "United States Department of State", "indirect"),
 ],
 "events": [
  V("India", "ASSAULT", "Pakistan", "asserted", None, "India launched missile strikes on nine sites in Pakistan", (9, "site")),
  V("India", "ASSAULT", "Lashkar-e-Taiba", "reported", "India", "it had hit \"terrorist infrastructure\" used by Lashkar-e-Taiba"),
  V("India", "ASSAULT", "Jaish-e-Mohammed", "reported", "India", "it had hit \"terrorist infrastructure\" used by Lashkar-e-Taiba and Jaish-e-Mohammed"),
  V("India", "ASSAULT", "Pakistan", "denied", "India", "no Pakistani military facilities were targeted"),
  V("India", "ASSAULT", "Pakistan", "reported", "Pakistan", "Islamabad said at least 26 civilians died in the strikes", (26, "civilian")),
  V("Pakistan", "ACCUSE", "India", "asserted", None, "called the attack \"an act of war.\""),
  V("Shehbaz Sharif", "THREATEN", "India", "asserted", None, "Pakistan has every right to respond to this act of war"),
  V("Pakistan", "ASSAULT", "India", "alleged", "Pakistan", "Pakistan's army claimed its jets had shot down five Indian aircraft", (5, "aircraft")),
  V("India", "ACCUSE", "Pakistan", "asserted", None, "India accuses Islamabad of backing the militants"),
  V("Pakistan", "AID", None, "alleged", "India", "Islamabad of backing the militants behind the Pahalgam attack"),
  V("Pakistan", "AID", None, "denied", "Pakistan", "Pakistan denies any role"),
  V("Pakistan", "REQUEST", None, "asserted", None, "has called for a neutral investigation"),
  V("India", "ASSAULT", "Pakistan", "asserted", None, "The two nuclear-armed neighbours also exchanged artillery fire"),
  V("Pakistan", "ASSAULT", "India", "asserted", None, "The two nuclear-armed neighbours also exchanged artillery fire"),
  V("United States", "REQUEST", "India", "asserted", None, "The United States urged both sides to de-escalate"),
  V("United States", "REQUEST", "Pakistan", "asserted", None, "The United States urged both sides to de-escalate"),
  V("Marco Rubio", "CONSULT", "India", "planned", "United States Department of State", "Marco Rubio plans to speak with officials in both capitals"),
  V("Marco Rubio", "CONSULT", "Pakistan", "planned", "United States Department of State", "Marco Rubio plans to speak with officials in both capitals"),
 ],
 "quantities": [
  N("nine sites", 9, "site", "exact"),
  N("26 people", 26, "person", "exact"),
  N("at least 26 civilians", 26, "civilian", "at_least"),
  N("five Indian aircraft", 5, "aircraft", "exact"),
  N("at least 10 people", 10, "person", "at_least"),
 ],
 "dates": [D("Wednesday", "2025-05-07")],
})

EN.append({
 "id": "en-t02", "lang": "en", "url": None, "published": "2023-12-15",
 "text": """Maduro and Ali pledge not to use force over Essequibo

Talks in St Vincent

Venezuelan President Nicolás Maduro and Guyana's President Irfaan Ali agreed on Thursday not to threaten or use force against each other, after weeks of tension over the oil-rich Essequibo region, an area of some 160,000 square kilometres.

The two leaders met for several hours in Argyle, St Vincent and the Grenadines, in talks brokered by Caribbean leaders and Brazil. "We have agreed to keep talking," Ali told reporters. He said Guyana would not give up "a single square inch" of its land.

Caracas held a referendum on December 3 in which, according to Venezuelan electoral authorities, more than 95% of voters backed creating a Venezuelan state in the disputed area. Maduro later ordered the state oil company to grant licences to exploit the region.

Guyana accuses Venezuela of trying to annex its territory. Georgetown has asked the International Court of Justice to block the move, and the United States said it would conduct flight drills with Guyana's military. Brazil reportedly sent armoured vehicles to its northern border.

The two presidents will meet again in Brazil within three months, the joint statement said.""",
 "entities": [
  E("Venezuela", "country", "Venezuelan", "Caracas", "Venezuela"),
  E("Guyana", "country", "Guyana", "Georgetown"),
  E("Nicolás Maduro", "person", "Nicolás Maduro", "Venezuelan President", "Maduro"),
  E("Irfaan Ali", "person", "Irfaan Ali", "Guyana's President", "Ali", "He"),
  E("Essequibo", "place", "Essequibo region"),
  E("Argyle", "place", "Argyle"),
  E("Saint Vincent and the Grenadines", "country", "St Vincent and the Grenadines"),
  E("Brazil", "country", "Brazil"),
  E("International Court of Justice", "organization", "International Court of Justice"),
  E("United States", "country", "United States"),
 ],
 "quotes": [
  Q("We have agreed to keep talking,", "Irfaan Ali", "direct"),
  Q("Guyana would not give up \"a single square inch\" of its land", "Irfaan Ali", "indirect"),
  Q("it would conduct flight drills with Guyana's military", "United States", "indirect"),
  Q("The two presidents will meet again in Brazil within three months", None, "indirect"),
 ],
 "events": [
  V("Nicolás Maduro", "AGREE", "Irfaan Ali", "asserted", None, "Nicolás Maduro and Guyana's President Irfaan Ali agreed on Thursday not to threaten or use force against each other"),
  V("Nicolás Maduro", "CONSULT", "Irfaan Ali", "asserted", None, "The two leaders met for several hours in Argyle"),
  V("Brazil", "CONSULT", "Nicolás Maduro", "asserted", None, "talks brokered by Caribbean leaders and Brazil"),
  V("Brazil", "CONSULT", "Irfaan Ali", "asserted", None, "talks brokered by Caribbean leaders and Brazil"),
  V("Irfaan Ali", "CONSULT", "Nicolás Maduro", "planned", "Irfaan Ali", "We have agreed to keep talking"),
  V("Guyana", "REJECT", "Venezuela", "reported", "Irfaan Ali", "Guyana would not give up \"a single square inch\" of its land"),
  V("Guyana", "ACCUSE", "Venezuela", "asserted", None, "Guyana accuses Venezuela of trying to annex its territory"),
  V("Venezuela", "COERCE", "Guyana", "alleged", "Guyana", "Venezuela of trying to annex its territory"),
  V("Guyana", "REQUEST", "International Court of Justice", "asserted", None, "Georgetown has asked the International Court of Justice to block the move"),
  V("United States", "COOPERATE", "Guyana", "planned", "United States", "it would conduct flight drills with Guyana's military"),
  V("Brazil", "MOBILIZE", None, "alleged", None, "Brazil reportedly sent armoured vehicles to its northern border"),
  V("Nicolás Maduro", "CONSULT", "Irfaan Ali", "planned", "the joint statement", "The two presidents will meet again in Brazil within three months"),
 ],
 "quantities": [
  N("some 160,000 square kilometres", 160000, "square kilometer", "about"),
  N("more than 95%", 95, "percent", "more_than"),
 ],
 "dates": [D("Thursday", "2023-12-14"), D("December 3", "2023-12-03")],
})

EN.append({
 "id": "en-t03", "lang": "en", "url": None, "published": "2024-11-27",
 "text": """Israel-Hezbollah ceasefire takes hold in Lebanon

A 60-day truce

A ceasefire between Israel and Hezbollah came into force at 4 a.m. on Wednesday, after more than a year of cross-border fighting that killed more than 3,800 people in Lebanon, according to the Lebanese health ministry.

Under the US- and French-brokered deal, Israeli troops are to withdraw from southern Lebanon over 60 days, while the Lebanese army deploys up to 5,000 soldiers south of the Litani river. "If Hezbollah breaks the agreement and tries to arm itself, we will attack," Israeli Prime Minister Benjamin Netanyahu said in a televised address on Tuesday.

Hezbollah lawmaker Hassan Fadlallah said the group would not give up its weapons. The Iran-backed movement reportedly fired more than 250 rockets into Israel on Sunday, while Israeli jets struck Beirut's southern suburbs hours before the truce began.

US President Joe Biden called the deal "good news" and said Washington would help Lebanon's army. Thousands of displaced families began driving south on Wednesday despite warnings from the Israeli military not to return to some 60 villages yet. Lebanese caretaker Prime Minister Najib Mikati said he hoped the truce would open "a new page".""",
 "entities": [
  E("Israel", "country", "Israel", "Israeli"),
  E("Hezbollah", "organization", "Hezbollah", "the group", "movement"),
  E("Lebanon", "country", "Lebanon", "Lebanese"),
  E("Lebanese Ministry of Public Health", "organization", "Lebanese health ministry"),
  E("United States", "country", "US", "Washington"),
  E("France", "country", "French"),
  E("Litani River", "place", "Litani river"),
  E("Benjamin Netanyahu", "person", "Benjamin Netanyahu", "Israeli Prime Minister"),
  E("Hassan Fadlallah", "person", "Hassan Fadlallah"),
  E("Iran", "country", "Iran"),
  E("Beirut", "place", "Beirut"),
  E("Joe Biden", "person", "Joe Biden", "US President"),
  E("Najib Mikati", "person", "Najib Mikati", "caretaker Prime Minister", "he"),
 ],
 "quotes": [
  Q("If Hezbollah breaks the agreement and tries to arm itself, we will attack,", "Benjamin Netanyahu", "direct"),
  Q("the group would not give up its weapons", "Hassan Fadlallah", "indirect"),
  Q("good news", "Joe Biden", "direct"),
  Q("Washington would help Lebanon's army", "Joe Biden", "indirect"),
  Q("he hoped the truce would open \"a new page\"", "Najib Mikati", "indirect"),
 ],
 "events": [
  V("Israel", "AGREE", "Hezbollah", "asserted", None, "A ceasefire between Israel and Hezbollah came into force"),
  V("Israel", "ASSAULT", "Lebanon", "reported", "Lebanese Ministry of Public Health", "cross-border fighting that killed more than 3,800 people in Lebanon, according to the Lebanese health ministry", (3800, "person")),
  V("Israel", "RETREAT", "Lebanon", "planned", None, "Israeli troops are to withdraw from southern Lebanon"),
  V("Lebanon", "MOBILIZE", None, "planned", None, "the Lebanese army deploys up to 5,000 soldiers south of the Litani river", (5000, "soldier")),
  V("Benjamin Netanyahu", "THREATEN", "Hezbollah", "asserted", None, "If Hezbollah breaks the agreement and tries to arm itself, we will attack"),
  V("Israel", "ASSAULT", "Hezbollah", "possible", "Benjamin Netanyahu", "If Hezbollah breaks the agreement and tries to arm itself, we will attack"),
  V("Hezbollah", "REJECT", None, "reported", "Hassan Fadlallah", "the group would not give up its weapons"),
  V("Iran", "AID", "Hezbollah", "asserted", None, "The Iran-backed movement"),
  V("Hezbollah", "ASSAULT", "Israel", "alleged", None, "reportedly fired more than 250 rockets into Israel", (250, "rocket")),
  V("Israel", "ASSAULT", "Lebanon", "asserted", None, "Israeli jets struck Beirut's southern suburbs"),
  V("Joe Biden", "SUPPORT", None, "asserted", None, "Joe Biden called the deal \"good news\""),
  V("United States", "AID", "Lebanon", "planned", "Joe Biden", "Washington would help Lebanon's army"),
  V("Israel", "REQUEST", None, "asserted", None, "warnings from the Israeli military not to return to some 60 villages yet"),
 ],
 "quantities": [
  N("more than 3,800 people", 3800, "person", "more_than"),
  N("up to 5,000 soldiers", 5000, "soldier", "up_to"),
  N("more than 250 rockets", 250, "rocket", "more_than"),
  N("some 60 villages", 60, "village", "about"),
 ],
 "dates": [D("Wednesday", "2024-11-27"), D("Tuesday", "2024-11-26"), D("Sunday", "2024-11-24"), D("Wednesday", "2024-11-27")],
})

EN.append({
 "id": "en-t04", "lang": "en", "url": None, "published": "2024-06-19",
 "text": """Philippines says Chinese coast guard used knives, axes in shoal clash

Second Thomas Shoal

Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats near Second Thomas Shoal on Monday and seized several rifles, the Philippine military said, in the most serious confrontation in the South China Sea in years. One Filipino sailor lost a thumb.

"They have no right or legal authority to hijack our operations," armed forces chief General Romeo Brawner told reporters on Wednesday. He said China's personnel had acted "like pirates."

Beijing denied using force and said its coast guard had taken "professional, restrained" measures against vessels that had "illegally intruded" into Chinese waters. Foreign ministry spokesman Lin Jian warned Manila to stop its "provocations."

Manila keeps a handful of marines aboard the BRP Sierra Madre, a rusting warship grounded on the reef in 1999. China claims almost all of the South China Sea, despite a 2016 arbitral ruling that found its claims had no legal basis.

The United States condemned China's "aggressive" actions and reaffirmed that its 1951 Mutual Defense Treaty with the Philippines covers attacks on Philippine forces anywhere in the sea. According to Philippine officials, the damage to the boats could reach 1 million pesos. President Ferdinand Marcos Jr. is expected to meet his security council to decide on a response.""",
 "entities": [
  E("China", "country", "Chinese", "China", "Beijing"),
  E("China Coast Guard", "organization", "Chinese coast guard"),
  E("Philippines", "country", "Philippine", "Filipino", "Manila", "Philippines"),
  E("Second Thomas Shoal", "place", "Second Thomas Shoal"),
  E("South China Sea", "place", "South China Sea"),
  E("Romeo Brawner", "person", "Romeo Brawner", "armed forces chief", "He"),
  E("Lin Jian", "person", "Lin Jian", "Foreign ministry spokesman"),
  E("United States", "country", "United States"),
  E("Ferdinand Marcos Jr.", "person", "Ferdinand Marcos Jr."),
 ],
 "quotes": [
  Q("Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats near Second Thomas Shoal on Monday and seized several rifles", "Philippines", "indirect"),
  Q("They have no right or legal authority to hijack our operations,", "Romeo Brawner", "direct"),
  Q("China's personnel had acted \"like pirates.\"", "Romeo Brawner", "indirect"),
  Q("its coast guard had taken \"professional, restrained\" measures against vessels that had \"illegally intruded\" into Chinese waters", "China", "indirect"),
  Q("its 1951 Mutual Defense Treaty with the Philippines covers attacks on Philippine forces anywhere in the sea", "United States", "indirect"),
 ],
 "events": [
  V("China", "COERCE", "Philippines", "reported", "Philippines", "Chinese coast guard personnel armed with knives and axes boarded Philippine navy boats near Second Thomas Shoal on Monday and seized several rifles"),
  V("Romeo Brawner", "ACCUSE", "China", "asserted", None, "China's personnel had acted \"like pirates.\""),
  V("China", "ASSAULT", "Philippines", "denied", "China", "Beijing denied using force"),
  V("China", "COERCE", "Philippines", "reported", "China", "its coast guard had taken \"professional, restrained\" measures against vessels"),
  V("China", "ACCUSE", "Philippines", "asserted", None, "vessels that had \"illegally intruded\" into Chinese waters"),
  V("Philippines", "MOBILIZE", "China", "alleged", "China", "vessels that had \"illegally intruded\" into Chinese waters"),
  V("Lin Jian", "THREATEN", "Philippines", "asserted", None, "Lin Jian warned Manila to stop its \"provocations.\""),
  V("Philippines", "MOBILIZE", None, "asserted", None, "Manila keeps a handful of marines aboard the BRP Sierra Madre"),
  V("United States", "ACCUSE", "China", "asserted", None, "The United States condemned China's \"aggressive\" actions"),
  V("United States", "AGREE", "Philippines", "asserted", None, "reaffirmed that its 1951 Mutual Defense Treaty with the Philippines covers attacks on Philippine forces"),
 ],
 "quantities": [N("1 million pesos", 1000000, "peso", "up_to")],
 "dates": [D("Monday", "2024-06-17"), D("Wednesday", "2024-06-19"), D("1999", "1999"), D("2016", "2016"), D("1951", "1951")],
})

EN.append({
 "id": "en-t05", "lang": "en", "url": None, "published": "2024-01-29",
 "text": """Sahel juntas announce exit from ECOWAS

Joint statement

Mali, Burkina Faso and Niger are leaving the Economic Community of West African States "without delay," Colonel Amadou Abdramane, a spokesman for Niger's junta, said on state television on Sunday, reading a joint statement of the three military governments.

Niger's junta also said the bloc had imposed "illegal, illegitimate, inhumane and irresponsible sanctions" on the country after last July's coup. ECOWAS said it had not received any formal notification of the decision.

The bloc suspended all three countries after coups in Mali in 2020 and 2021, Burkina Faso in 2022 and Niger in 2023. It lifted most sanctions on Mali in 2022 but kept a blockade on Niger, whose landlocked economy relies on imports through Benin, its neighbour.

Analysts say the withdrawal could disrupt trade worth around $150 billion a year in the regional bloc, which has about 400 million inhabitants. France completed the withdrawal of its last troops from Niger in December, and the juntas have turned instead to Russia. Moscow is believed to have sent several hundred Wagner fighters to Mali, and Russian military instructors landed in Ouagadougou last week, according to local media.""",
 "entities": [
  E("Mali", "country", "Mali"),
  E("Burkina Faso", "country", "Burkina Faso"),
  E("Niger", "country", "Niger", "Niger's junta"),
  E("ECOWAS", "organization", "Economic Community of West African States", "ECOWAS", "the bloc", "It"),
  E("Amadou Abdramane", "person", "Amadou Abdramane", "spokesman"),
  E("Benin", "country", "Benin"),
  E("France", "country", "France"),
  E("Russia", "country", "Russia", "Moscow", "Russian"),
  E("Wagner Group", "organization", "Wagner"),
  E("Ouagadougou", "place", "Ouagadougou"),
 ],
 "quotes": [
  Q("Mali, Burkina Faso and Niger are leaving the Economic Community of West African States \"without delay,\"", "Amadou Abdramane", "direct"),
  Q("the bloc had imposed \"illegal, illegitimate, inhumane and irresponsible sanctions\" on the country after last July's coup", "Niger", "indirect"),
  Q("it had not received any formal notification of the decision", "ECOWAS", "indirect"),
  Q("the withdrawal could disrupt trade worth around $150 billion a year in the regional bloc, which has about 400 million inhabitants", None, "indirect"),
 ],
 "events": [
  V("Mali", "SANCTION", "ECOWAS", "reported", "Amadou Abdramane", "Mali, Burkina Faso and Niger are leaving the Economic Community of West African States"),
  V("Burkina Faso", "SANCTION", "ECOWAS", "reported", "Amadou Abdramane", "Mali, Burkina Faso and Niger are leaving the Economic Community of West African States"),
  V("Niger", "SANCTION", "ECOWAS", "reported", "Amadou Abdramane", "Mali, Burkina Faso and Niger are leaving the Economic Community of West African States"),
  V("Niger", "ACCUSE", "ECOWAS", "asserted", None, "Niger's junta also said the bloc had imposed \"illegal, illegitimate, inhumane and irresponsible sanctions\""),
  V("ECOWAS", "SANCTION", "Niger", "reported", "Niger", "the bloc had imposed \"illegal, illegitimate, inhumane and irresponsible sanctions\" on the country"),
  V("ECOWAS", "SANCTION", "Mali", "asserted", None, "The bloc suspended all three countries"),
  V("ECOWAS", "SANCTION", "Burkina Faso", "asserted", None, "The bloc suspended all three countries"),
  V("ECOWAS", "SANCTION", "Niger", "asserted", None, "The bloc suspended all three countries"),
  V("ECOWAS", "CONCEDE", "Mali", "asserted", None, "It lifted most sanctions on Mali in 2022"),
  V("ECOWAS", "SANCTION", "Niger", "asserted", None, "kept a blockade on Niger"),
  V("France", "RETREAT", "Niger", "asserted", None, "France completed the withdrawal of its last troops from Niger in December"),
  V("Russia", "AID", "Mali", "suspected", None, "Moscow is believed to have sent several hundred Wagner fighters to Mali"),
  V("Russia", "AID", "Burkina Faso", "reported", "local media", "Russian military instructors landed in Ouagadougou last week, according to local media"),
 ],
 "quantities": [
  N("around $150 billion", 150000000000, "dollar", "about"),
  N("about 400 million inhabitants", 400000000, "inhabitant", "about"),
 ],
 "dates": [D("Sunday", "2024-01-28"), D("last July", "2023-07"), D("2020", "2020"), D("2021", "2021"), D("2022", "2022"), D("2023", "2023"), D("2022", "2022"), D("December", "2023-12")],
})

EN.append({
 "id": "en-t06", "lang": "en", "url": None, "published": "2025-08-09",
 "text": """Armenia and Azerbaijan sign US-brokered peace declaration

White House summit

Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a joint declaration at the White House on Friday, pledging to end nearly four decades of conflict. US President Donald Trump, who hosted the ceremony, said the two countries had committed to "stop fighting forever."

Under the deal, Armenia will grant the United States development rights to a 43-kilometre transit route through its southern Syunik province, linking Azerbaijan to its Nakhchivan exclave. Trump said the corridor would be called the "Trump Route for International Peace and Prosperity."

"We are establishing peace in the South Caucasus today," Aliyev said. Pashinyan called the agreement "a significant milestone" but said a final treaty still needed to be ratified.

Iran, which borders the route, warned it would oppose any change to regional borders. An adviser to Supreme Leader Ali Khamenei, Ali Akbar Velayati, reportedly threatened to block the corridor.

Moscow, Yerevan's traditional ally, has not commented. Armenia froze its participation in the Russian-led Collective Security Treaty Organization last year, accusing it of failing to defend the country when Azerbaijan retook Nagorno-Karabakh in 2023, an offensive that forced more than 100,000 Armenians to flee.""",
 "entities": [
  E("Armenia", "country", "Armenian", "Armenia", "Yerevan"),
  E("Azerbaijan", "country", "Azerbaijani", "Azerbaijan"),
  E("Nikol Pashinyan", "person", "Nikol Pashinyan", "Armenian Prime Minister", "Pashinyan"),
  E("Ilham Aliyev", "person", "Ilham Aliyev", "Azerbaijani President", "Aliyev"),
  E("United States", "country", "White House", "US", "United States"),
  E("Donald Trump", "person", "Donald Trump", "US President", "Trump"),
  E("Syunik Province", "place", "Syunik province"),
  E("Nakhchivan", "place", "Nakhchivan"),
  E("South Caucasus", "place", "South Caucasus"),
  E("Iran", "country", "Iran"),
  E("Ali Khamenei", "person", "Ali Khamenei"),
  E("Ali Akbar Velayati", "person", "Ali Akbar Velayati", "adviser"),
  E("Russia", "country", "Moscow", "Russian"),
  E("Collective Security Treaty Organization", "organization", "Collective Security Treaty Organization", "it"),
  E("Nagorno-Karabakh", "place", "Nagorno-Karabakh"),
 ],
 "quotes": [
  Q("the two countries had committed to \"stop fighting forever.\"", "Donald Trump", "indirect"),
  Q("the corridor would be called the \"Trump Route for International Peace and Prosperity.\"", "Donald Trump", "indirect"),
  Q("We are establishing peace in the South Caucasus today,", "Ilham Aliyev", "direct"),
  Q("a significant milestone", "Nikol Pashinyan", "direct"),
  Q("a final treaty still needed to be ratified", "Nikol Pashinyan", "indirect"),
  Q("it would oppose any change to regional borders", "Iran", "indirect"),
 ],
 "events": [
  V("Nikol Pashinyan", "AGREE", "Ilham Aliyev", "asserted", None, "Nikol Pashinyan and Azerbaijani President Ilham Aliyev signed a joint declaration"),
  V("Donald Trump", "CONSULT", "Nikol Pashinyan", "asserted", None, "Donald Trump, who hosted the ceremony"),
  V("Donald Trump", "CONSULT", "Ilham Aliyev", "asserted", None, "Donald Trump, who hosted the ceremony"),
  V("Armenia", "AGREE", "Azerbaijan", "reported", "Donald Trump", "the two countries had committed to \"stop fighting forever.\""),
  V("Armenia", "COOPERATE", "United States", "planned", None, "Armenia will grant the United States development rights to a 43-kilometre transit route", (43, "kilometer")),
  V("Iran", "THREATEN", None, "asserted", None, "Iran, which borders the route, warned it would oppose any change to regional borders"),
  V("Ali Akbar Velayati", "THREATEN", None, "alleged", None, "Ali Akbar Velayati, reportedly threatened to block the corridor"),
  V("Armenia", "SANCTION", "Collective Security Treaty Organization", "asserted", None, "Armenia froze its participation in the Russian-led Collective Security Treaty Organization"),
  V("Armenia", "ACCUSE", "Collective Security Treaty Organization", "asserted", None, "accusing it of failing to defend the country"),
  V("Collective Security Treaty Organization", "REJECT", "Armenia", "alleged", "Armenia", "failing to defend the country"),
  V("Azerbaijan", "ASSAULT", None, "asserted", None, "Azerbaijan retook Nagorno-Karabakh in 2023"),
 ],
 "quantities": [
  N("43-kilometre", 43, "kilometer", "exact"),
  N("more than 100,000 Armenians", 100000, "Armenian", "more_than"),
 ],
 "dates": [D("Friday", "2025-08-08"), D("today", "2025-08-08"), D("last year", "2024"), D("2023", "2023")],
})

if __name__ == "__main__":
    import json, os
    from build_fr import FR
    here = os.path.dirname(os.path.abspath(__file__))
    for doc in FR + EN:
        t = doc["text"]
        n = len(t.split())
        probs = []
        for e in doc["entities"]:
            for m in e["mentions"]:
                if m not in t: probs.append(("mention", m))
        for q in doc["quotes"]:
            if q["text"] not in t: probs.append(("quote", q["text"][:40]))
        for v in doc["events"]:
            if v["evidence"] not in t: probs.append(("evidence", v["evidence"][:50]))
        for x in doc["quantities"] + doc["dates"]:
            if x["text"] not in t: probs.append(("span", x["text"]))
        keys = {e["key"] for e in doc["entities"]}
        for v in doc["events"]:
            for r in ("actor", "target"):
                if v[r] is not None and v[r] not in keys: probs.append(("key", v[r]))
        for q in doc["quotes"]:
            if q["speaker"] is not None and q["speaker"] not in keys: probs.append(("speaker", q["speaker"]))
        print(doc["id"], n, "words", probs)
        with open(os.path.join(here, doc["id"] + ".json"), "w") as f:
            json.dump(doc, f, ensure_ascii=False, indent=1)
