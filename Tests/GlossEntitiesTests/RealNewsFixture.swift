/// Short news paragraphs written for the project in the style of several kinds of outlet
/// (business wires, sports desks, local papers, international desks), with their entities
/// marked `[text|LABEL]` in contract labels. `A/B` accepts either label, for names whose class
/// annotation conventions disagree on (a stadium or a school: place or organisation).
///
/// These are a regression fixture for real-news behaviour, not training data.
enum RealNewsFixture {
    static let paragraphs: [String] = [
        // Business: a company named with a "-based" place and a company-word head.
        """
        [Harlow Biotech|ORG] Shares Jump After Cancer Drug Trial

        [Boston|GPE]-based [Harlow Biotech|ORG] said on Monday that its experimental lung cancer drug shrank tumours in two thirds of patients in a late-stage trial. Chief Executive [Dana Whitfield|PERSON] told analysts the company would seek approval from the [Food and Drug Administration|ORG] before the end of the year. Shares of [Harlow|ORG] rose 31 percent on the [Nasdaq|ORG].
        """,
        // Business: an airline.
        """
        [Pacific Crest Airlines|ORG] will cut 14 routes from its [Denver|GPE] hub this winter, the carrier said in a filing on Wednesday. The [Seattle|GPE]-based airline blamed rising fuel costs and a shortage of pilots. Analysts at [Morgan Stanley|ORG] said the cuts could lift margins, while the [Air Line Pilots Association|ORG] called the move short-sighted.
        """,
        // Business: a takeover between two companies with company-word heads.
        """
        [Dunmore Holdings|ORG] agreed to buy [Keswick Motors|ORG] for $2.3 billion in cash, the companies said on Friday. The deal, which needs approval from the [European Commission|ORG], would create the third-largest car parts supplier in [Europe|LOC]. [Keswick|ORG] chairman [Ian Forsythe|PERSON] said the offer was fair to shareholders.
        """,
        // Sports: football, clubs named after their cities.
        """
        [Ortega|PERSON] Scores Twice as [Valencia|ORG] Beat [Sevilla|ORG]

        Striker [Luis Ortega|PERSON] scored twice in the second half as [Valencia|ORG] beat [Sevilla|ORG] 3-1 at the [Mestalla|LOC] on Sunday. The win lifted [Valencia|ORG] to fourth in [La Liga|MISC/ORG], two points behind [Real Betis|ORG]. “We showed character,” coach [Marcos Ferrer|PERSON] told reporters.
        """,
        // Sports: tennis.
        """
        Second seed [Karolina Novak|PERSON] of the [Czech Republic|GPE] needed three sets to beat [American|NORP] qualifier [Jessie Moore|PERSON] at the [Western & Southern Open|MISC] in [Cincinnati|GPE] on Tuesday. [Novak|PERSON], who won at [Wimbledon|MISC/LOC] last year, meets [Japan|GPE]’s [Aiko Tanaka|PERSON] in the next round.
        """,
        // Local government: streets, a school and a county building.
        """
        The [Riverside County Board of Supervisors|ORG] voted 4-1 on Tuesday to close the [Mission Avenue|LOC] shelter and move its 120 beds to a former hotel on [Orange Street|LOC]. Supervisor [Karen Holt|PERSON], who cast the lone no vote, said residents near [Lincoln Elementary School|ORG/LOC] had not been consulted. The board will take up the budget again at a hearing at the [County Administrative Center|LOC/ORG] on Dec. 3.
        """,
        // Local government: city hall and a church.
        """
        [Springfield|GPE] Mayor [Tom Reyes|PERSON] unveiled a $310 million budget at [City Hall|LOC/ORG] on Monday that adds 40 police officers and freezes property taxes for a third year. The [City Council|ORG] must approve the plan by June 30. Members of [Grace Methodist Church|ORG/LOC], which runs the city’s largest food pantry, asked the council to restore a $200,000 grant that [Reyes|PERSON] had cut.
        """,
        // Local: schools and a union.
        """
        Parents packed the gym at [Westfield High School|ORG/LOC] on Thursday night to protest a plan by the [Hamilton School District|ORG] to cut bus routes. District superintendent [Maria Chen|PERSON] said the cuts would save $1.8 million. The [Hamilton Education Association|ORG], which represents 900 teachers, said it would back the parents.
        """,
        // International: a capital as the seat of government, an envoy named after a place.
        """
        [Chinese|NORP] Vice Premier [Liu He|PERSON] will travel to [Washington|GPE] next week for trade talks, the [Commerce Ministry|ORG] in [Beijing|GPE] said on Thursday. [Beijing|GPE]’s ambassador to [Washington|GPE] [Xie Feng|PERSON] said both sides wanted to avoid new tariffs. The talks follow a visit to [Hong Kong|GPE] by [U.S.|GPE] Treasury Secretary [Janet Yellen|PERSON].
        """,
        // International: talks and nationality words.
        """
        [Russian|NORP] and [Ukrainian|NORP] negotiators met in [Istanbul|GPE] on Saturday for the first direct talks in months, [Turkish|NORP] Foreign Minister [Hakan Fidan|PERSON] said. The [United Nations|ORG] and the [International Committee of the Red Cross|ORG] will oversee an exchange of prisoners agreed at the meeting, a spokesman for the [Ukrainian|NORP] presidency said.
        """,
        // International business: a central bank.
        """
        [Kenya|GPE]’s central bank held its benchmark rate at 10.75 percent on Wednesday, Governor [Kamau Thugge|PERSON] said in [Nairobi|GPE]. The [Monetary Policy Committee|ORG] said inflation had eased to 4.4 percent, helped by lower food prices after good rains in the [Rift Valley|LOC].
        """,
        // Technology: a start-up, a bank, people.
        """
        [London|GPE]-based fintech [Quillpay|ORG] has raised $85 million from investors led by [Sequoia Capital|ORG], it said on Tuesday. The startup, founded in 2019 by former [Barclays|ORG] traders [Amir Patel|PERSON] and [Sophie Grant|PERSON], lets small shops in [Nigeria|GPE] and [Ghana|GPE] take card payments on a phone.
        """,
        // Courts.
        """
        A federal judge in [Austin|GPE] on Friday blocked a [Texas|GPE] law that would have required age checks on social media sites. District Judge [Alan Pierce|PERSON] said the law likely violated the [First Amendment|MISC]. [Texas|GPE] Attorney General [Ken Paxton|PERSON] said the state would appeal to the [Fifth Circuit Court of Appeals|ORG] in [New Orleans|GPE].
        """,
        // Local weather: a utility, a county, a road and a building.
        """
        Crews from [Pacific Gas and Electric|ORG] restored power to 40,000 homes in [Sonoma County|GPE] by Saturday morning after a storm brought down lines along [Highway 101|LOC]. The [Red Cross|ORG] opened a shelter at the [Santa Rosa Veterans Memorial Building|LOC/ORG], and the [National Weather Service|ORG] warned of more rain on Monday.
        """,
        // Sports: rugby, a stadium.
        """
        [Ireland|GPE]’s [Niamh Byrne|PERSON] kicked 17 points as [Leinster|ORG] beat [Munster|ORG] 27-20 in front of 45,000 fans at the [Aviva Stadium|LOC] in [Dublin|GPE] on Saturday. [Munster|ORG] coach [Declan Walsh|PERSON] said his side had been beaten by the better team.
        """,
        // International: a place name right before a person's name.
        """
        [Britain|GPE]’s envoy to [Beijing|GPE] [Peter Wilson|PERSON] met [Chinese|NORP] officials on Monday to discuss the detention of a [British|NORP] businessman, the [Foreign Office|ORG] in [London|GPE] said. [France|GPE]’s ambassador to [Moscow|GPE] [Pierre Lévy|PERSON] was summoned separately over a drone incident.
        """,
        // Local: a Title Case headline that names nothing.
        """
        Regional Water Board Delays Vote on Dam Permit Until Spring

        The [Central Valley Regional Water Quality Control Board|ORG] on Friday postponed a decision on a permit for the [Temperance Flat|LOC] dam, citing unanswered questions from the [U.S. Fish and Wildlife Service|ORG].
        """,
        // International: a headline starting with "Talks".
        """
        Talks Resume in [Geneva|GPE] as Envoys Seek Ceasefire

        Envoys from [Armenia|GPE] and [Azerbaijan|GPE] resumed talks in [Geneva|GPE] on Thursday under the auspices of the [Organization for Security and Co-operation in Europe|ORG], a spokeswoman for the [Swiss|NORP] foreign ministry said.
        """,
    ]
}
