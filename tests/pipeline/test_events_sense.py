"""The sense gate's view of participants (pipeline/events/context.py): who is a state actor,
who can act, and the events it keeps or drops on hand-written sentences."""

import pytest

from pipeline.events import arguments as args
from pipeline.events import extract_events
from pipeline.events.agency import can_act
from pipeline.events.context import participant_code
from pipeline.events.places import is_city_not_capital
from pipeline.events.pronouns import unresolved


def _code(doc, word):
    token = next(t for t in doc if t.text == word)
    return participant_code(token, args.phrase(token))


@pytest.mark.parametrize(
    "sentence, word, code, political",
    [
        ("Russia rejected the proposal.", "Russia", "RUS", True),
        ("Moscow rejected the proposal.", "Moscow", "RUS", True),  # a capital: its government
        ("Russian forces rejected the proposal.", "forces", "RUSMIL", True),
        # a person or firm coded only by a country word beside it, a club named after its city
        ("France's Henri Leconte will face him.", "Leconte", "FRA", False),
        ("British number one Tim Henman will face him.", "Henman", "GBR", False),
        ("They beat Liverpool on Saturday.", "Liverpool", "GBR", False),
        # a country named beside a game's score is a team; a range of a count is no score
        ("New Zealand defeated Wales 12-3 in Cardiff.", "Zealand", "NZL", False),
        ("New Zealand said 10-15 people were hurt in Cardiff.", "Zealand", "NZL", True),
        # ... and a vote's or a court's split is no score
        ("The court ruled 5-4 that the United States must release the prisoners.", "States", "USA", True),
        # a thing a nationality adjective codes is of that country, not the state
        ("She has long admired British cinema.", "cinema", "GBR", False),
        # ... and one a city's or a club's name codes
        ("But the London exchange is also holding talks with Deutsche Boerse's rival Euronext.", "exchange", "GBR", False),
        ("Manchester United's board has agreed to give US tycoon Malcolm Glazer access to its books.", "board", "GBR", False),
        # ... not plural bodies the agents dictionary lacks
        ("Polish MEPs rejected the plan.", "MEPs", "POL", True),
        # a state the dictionary lists only with its article ("THE_UK") is still the state
        ("The UK has praised the new border agreement.", "UK", "GBR", True),
        # a group the dictionary writes with its acronym in brackets ("IRISH_REPUBLICAN_ARMY_(IRA)_")
        ("The Irish Republican Army has threatened to end the ceasefire.", "Army", "WEUREB", True),
    ],
)
def test_a_country_code_is_a_state_actor_only_when_the_participant_names_the_state(
    nlp, sentence, word, code, political
):
    found = _code(nlp(sentence), word)
    assert (found.text, found.political) == (code, political)


@pytest.mark.parametrize(
    "sentence",
    [
        "Opposition from the fund has fuelled speculation that the takeover could fail.",
        "In voicing its opposition to the planned takeover, the fund said it would prefer a payout.",
    ],
)
def test_opposition_to_a_thing_is_a_stance_not_the_political_opposition(nlp, sentence):
    assert _code(nlp(sentence), "opposition" if "its" in sentence else "Opposition") is None
    assert extract_events(nlp(sentence), None) == []


def test_the_opposition_alone_is_the_political_opposition(nlp):
    assert _code(nlp("The opposition accused the government of fraud."), "opposition").sector == "OPP"


def test_a_surname_matches_an_office_holder_only_where_his_country_is_named_or_a_title_marks_him(nlp):
    assert _code(nlp("Owen hailed the new signing."), "Owen") is None
    titled = _code(nlp("Mr Clarke dismissed the report."), "Clarke")
    assert titled is not None and titled.political and titled.country is None
    # the title marks a person where the small model's NER reads the surname as an ORG
    doc = nlp("Mr Clarke has rejected that idea saying intercept evidence is only a small part of the case.")
    assert next(t for t in doc if t.text == "Clarke").ent_type_ == "ORG"
    assert [(e.plover_type, [a.text for a in e.actors]) for e in extract_events(doc, None)] == [
        ("REJECT", ["Mr Clarke"])
    ]


def test_a_surname_owning_a_phrase_is_still_a_surname_alone(nlp):
    # Phoenix lists an office holder of the Bahamas as "~cash"; a document naming no Bahamas
    # does not make a singer's manager a partner of that government
    doc = nlp("Mr Holiff, a Canadian promoter, managed Cash's career between 1960 and 1973.")
    assert _code(doc, "career") is None
    assert extract_events(doc, None) == []


def test_a_post_in_general_is_no_body_acted_on(nlp):
    # "took office": the post taken, no government seized; a body acted on has its article
    doc = nlp("The economy lost 800,000 jobs since Mr Bush took office.")
    assert _code(doc, "office") is None
    assert extract_events(doc, None) == []
    assert _code(nlp("Troops stormed the office."), "office").sector == "GOV"


def test_a_quantifier_stands_for_the_people_it_counts(nlp):
    sentence = (
        "But Liberal Democrat peer Lord Carlile, the government's independent reviewer of "
        "anti-terrorism laws, said it was possible some of the detainees could now be released."
    )
    (event,) = extract_events(nlp(sentence), None)
    assert (event.plover_type, [t.text for t in event.targets], event.target_sectors) == (
        "RETREAT", ["detainees"], ("OPP",)
    )


def _antecedent(nlp, text: str, pronoun: str) -> str:
    from pipeline.events.pronouns import Referents

    doc = nlp(text)
    return Referents(doc).antecedent(next(t for t in doc if t.text == pronoun)).text


@pytest.mark.parametrize(
    "text, pronoun, named",
    [
        # a place phrase names where, not who: nothing for "It" to stand for
        ("Sales of bikes in the UK doubled last year. It has to come across as real.", "It", "It"),
        ("Moscow's defense ministry claimed it had intercepted 116 drones.", "it", "ministry"),
        ("Russia intensified its campaign in the east.", "its", "Russia"),
        ("At his weekly press conference, Mr Livingstone said the remarks were not racist.", "his", "Livingstone"),
        ("Jack Straw flew to Madrid on Monday. He met his Spanish counterpart.", "He", "Straw"),
        ("Tony Blair thanked Laura Bush, who spoke at the summit.", "who", "Bush"),
        ("There were protests in the capital.", "There", "There"),  # no pronoun of a person or body
    ],
)
def test_pronoun_participants_are_named_by_the_sources_resolver(nlp, text, pronoun, named):
    assert _antecedent(nlp, text, pronoun) == named


def test_an_object_pronoun_never_stands_for_its_own_actor(nlp):
    text = ("Former civil service chief Lord Butler has criticised the way Tony Blair's government "
            "operates, accusing it of being obsessed with headlines.")
    accusations = [e for e in extract_events(nlp(text), None) if e.event_type == "ACCUSE"]
    assert [a.text for e in accusations for a in e.actors] == ["Former civil service chief Lord Butler"]
    assert all("Butler" not in t.text for e in accusations for t in e.targets)


def test_is_city_not_capital():
    assert is_city_not_capital("Liverpool")
    assert not is_city_not_capital("London")
    assert not is_city_not_capital("Russia")
    assert not is_city_not_capital("Narnia")


@pytest.mark.parametrize(
    "sentence, word, acts",
    [
        ("Tuesday morning was met with strong winds.", "winds", False),
        ("The new rules breach human rights law.", "rules", False),
        ("The Republican nominee met the governor.", "nominee", True),
        ("The head of Lloyd's criticised the regulator.", "head", True),
        ("A car bomb exploded outside the stadium.", "bomb", True),
    ],
)
def test_can_act(nlp, sentence, word, acts):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == word)
    assert can_act(token, participant_code(token, args.phrase(token)), frozenset({"bomb"})) == acts


@pytest.mark.parametrize(
    "sentence",
    [
        "Italy's Fiat has agreed to buy 20% of a Chinese carmaker.",
        "Germany's Boris Becker will face France's Henri Leconte in the first round.",
        "Ireland reasserted their authority in the second half.",
        "Owen hailed Ferguson after the match.",
        "The new rules breach human rights law.",
        "The proposal was met with strong criticism from fans.",
        "The awards ceremony was held at a fairground in Sydney.",  # a venue, not a detention
        "He will try to recapture his world title in Helsinki in August.",
    ],
)
def test_sports_business_and_non_agent_senses_are_no_events(nlp, sentence):
    assert extract_events(nlp(sentence), None) == []


@pytest.mark.parametrize(
    "sentence, event_type",
    [
        ("Russia has attacked Ukraine with missiles.", "ASSAULT"),
        ("Iran rejected the proposal on Monday.", "REJECT"),
        ("Israeli troops attacked the town of Jenin.", "ASSAULT"),
        ("Two opposition leaders were held in Minsk.", "COERCE"),  # people held, not a thing
    ],
)
def test_state_actors_keep_their_events(nlp, sentence, event_type):
    assert event_type in [e.event_type for e in extract_events(nlp(sentence), None)]


def test_an_office_before_a_name_and_an_apposition_code_a_person_the_dictionaries_lack(nlp):
    titled = _code(nlp("Tory ex-minister Douglas Hogg opposed the plans."), "Hogg")
    assert titled is not None and titled.political  # "minister": GOV, from the agents
    doc = nlp("The European Union's foreign policy chief, Anna Lindqvist, met the envoy.")
    apposed = _code(doc, "Lindqvist")
    assert apposed is not None and apposed.text.startswith("IGOEU")
    assert _code(nlp("Liverpool captain Steven Gerrard reiterated his desire."), "Gerrard") is None


def test_a_function_word_the_parser_makes_a_subject_is_no_actor(nlp):
    doc = nlp("Statistics showed that of the 17 people found guilty of terrorism, only four were British.")
    found = next(t for t in doc if t.text == "found")
    subjects = [t for t in doc if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i == found.i]
    assert all(unresolved(t) for t in subjects if t.lower_ == "that")
    assert not unresolved(next(t for t in doc if t.text == "Statistics"))
    for event in extract_events(doc, None):
        assert all(a.text.lower() not in {"that", "which", "who"} for a in event.actors)


def test_an_event_acts_only_by_force(nlp):
    events = extract_events(nlp("The latest wave of Russian strikes underscores the urgency of securing support."), None)
    assert "underscores" not in [e.trigger.text for e in events]  # no REQUEST by a wave of strikes
    (attack,) = extract_events(nlp("Russian airstrikes killed 12 people in Gaza overnight."), None)
    assert attack.event_type == "ASSAULT"


def test_a_protest_by_people_the_dictionaries_lack_needs_a_political_side_in_the_sentence(nlp):
    kept = extract_events(nlp("Opposition supporters protested outside the ministry."), None)
    assert [(e.event_type, e.actors[0].text, e.actor_codes) for e in kept] == [
        ("PROTEST", "Opposition supporters", ("CVL",))
    ]
    assert extract_events(nlp("The players protested to the referee after the second goal."), None) == []
    # only agent nouns are people: prices are not ("continue their upward march")
    text = "As fuel prices continue their upward march, the energy minister said taxes would not rise."
    assert extract_events(nlp(text), None) == []


@pytest.mark.parametrize(
    "sentence, consults",
    [
        # a block that gathers its subjects: both sides of the meeting are the subject
        ("American and Ukrainian officials met on Sunday.", True),
        ("Russian and Chinese leaders gathered on Sunday.", True),
        # a journey or a thought is no meeting among its subjects
        ("American and Ukrainian officials went on Sunday.", False),
        ("Union members said they did not want to go on strike over pensions.", False),
        ("Judges should think carefully before ruling on the intelligence.", False),
    ],
)
def test_only_a_gathering_verb_makes_its_plural_subject_a_meeting(nlp, sentence, consults):
    events = extract_events(nlp(sentence), None)
    assert any(e.event_type == "CONSULT" for e in events) == consults


@pytest.mark.parametrize(
    "sentence",
    [
        # a team: a state's name with plural agreement; a score is no count of the harmed
        "Wales were beaten 24-17 by Scotland in their opener in Edinburgh.",
        # people at large are no political side: the object of "urged" is not the partner
        # of the "go" it controls
        "The charity urged people to go online.",
        # an award of a country is held at a venue, nobody is detained
        "The British Academy Film Awards are being held at a cinema in London.",
        # a partner named only as a country is not also the side that acts
        "The striker has been dropped from the squad to face France.",
    ],
)
def test_teams_crowds_of_people_and_venues_make_no_political_context(nlp, sentence):
    assert extract_events(nlp(sentence), None) == []


def test_people_in_numbers_still_demand_and_a_thing_of_a_state_is_not_the_state(nlp):
    events = extract_events(nlp("Thousands marched through London to demand a ceasefire in Gaza."), None)
    assert ("REQUEST", ("CVL",)) in [(e.event_type, e.actor_codes) for e in events]
    budgets = _code(nlp("The UK wants future EU budgets limited."), "budgets")
    assert budgets is not None and budgets.text.startswith("IGOEU") and not budgets.political
    team = _code(nlp("England were beaten by Wales."), "England")
    assert team is not None and team.country == "GBR" and not team.political


def test_a_negated_modal_is_denied_and_a_negated_condition_hypothetical(nlp):
    (approve,) = extract_events(nlp("The United States could not approve Iran's application."), None)
    assert approve.modality == "denied"
    events = extract_events(nlp("If Iran does not withdraw its troops, the US will impose sanctions."), None)
    assert [(e.event_type, e.modality) for e in events] == [("RETREAT", "hypothetical"), ("SANCTION", "intended")]


def test_one_group_is_no_crowd_and_which_is_no_one(nlp):
    assert extract_events(nlp("The group are set to release their first single in May."), None) == []
    assert extract_events(nlp("The concert, which is held every July near Kinross, sold out."), None) == []


def test_ruling_out_an_event_denies_it(nlp):
    events = extract_events(nlp("The president has ruled out holding talks with the rebels."), None)
    assert [(e.event_type, e.modality) for e in events] == [("REJECT", "asserted"), ("CONSULT", "denied")]


def test_a_country_in_a_report_of_games_is_a_team(nlp):
    text = ("Wales beat Italy 38-8 in Rome. Scotland defended well but lost 21-9 to France. "
            "England refused to criticise the referee.")
    assert extract_events(nlp(text), None) == []


def test_a_meetings_possessor_and_passive_agent_act_and_are_not_met(nlp):
    events = extract_events(nlp("The topic came up during Russian president Vladimir Putin's recent visit to New Delhi."), None)
    assert [([a.text for a in e.actors], [t.text for t in e.targets]) for e in events] == [
        (["Russian president Vladimir Putin"], [])]
    events = extract_events(nlp("Mr Blair told him at a dinner hosted by Deputy Prime Minister John Prescott."), None)
    assert [([a.text for a in e.actors], [t.text for t in e.targets]) for e in events] == [
        (["Deputy Prime Minister John Prescott"], [])]


def test_a_refusal_to_refuse_rejects_nothing(nlp):
    assert extract_events(nlp("The chancellor refused to rule out tax rises after the election."), None) == []
    events = extract_events(nlp("Iran refused to halt uranium enrichment."), None)
    assert [(e.event_type, e.trigger.text) for e in events] == [("REJECT", "refused")]


def test_people_of_an_organisation_act_for_it_and_people_can_be_accused(nlp):
    directors = _code(nlp("The deal must be ratified by IMF directors next month."), "directors")
    assert directors is not None and directors.text.startswith("IGO") and directors.political
    (accused,) = extract_events(nlp("All five men are also accused of breaches of safety laws."), None)
    assert (accused.event_type, accused.target_codes) == ("ACCUSE", ("PPL",))


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("Kelly Holmes spoke to the BBC Sport website about her season.", False),
        ("In a separate press conference in Las Vegas, Toshiba announced new players.", False),
        # a titled name is a public speaker when the document names the office it holds
        ("Planning Minister Julio De Vido met gas firms. Speaking in Buenos Aires, Mr De Vido later denied any tariff increase.", True),
        ("Actor Liam Neeson won the award. Speaking to BBC Northern Ireland, Mr Neeson said he was delighted.", False),
        # a speech verb's topic is what was said, not an occasion
        ("Speaking of the elections, President Bush has the most support.", False),
        # a speech participle with only an adverb comments on the sentence
        ("Generally speaking, the government has kept its ships on schedule.", False),
        ("In an interview on Sunday, the foreign minister said talks would resume.", True),
    ],
)
def test_a_speech_event_is_one_of_public_life(nlp, sentence, kept):
    events = extract_events(nlp(sentence), None)
    assert ("STATEMENT" in [e.event_type for e in events]) == kept


@pytest.mark.parametrize(
    "sentence, accused",
    [
        ("Democrats claim the administration has not done enough to clamp down on unfair foreign trade practices.",
         ["administration"]),
        ('Mr Blair derided Tory claims they could cut £35bn in "wasteful spending".', ["Tory"]),
        # a claim about a side that says no wrong of it reports speech
        ("Brazil's airport authority chief Carlos Wilson had claimed the government was on the brink of stepping in.",
         None),
    ],
)
def test_a_clause_alleging_another_sides_wrong_is_an_accusation(nlp, sentence, accused):
    events = [e for e in extract_events(nlp(sentence), None) if e.event_type == "ACCUSE"]
    assert ([t.text for t in events[0].targets] if events else None) == accused


def test_a_measure_written_with_its_unit_is_no_count_of_force(nlp):
    sentence = "James McIlroy stormed to his second victory in a week, claiming the men's 800m at the meeting in Erfurt."
    assert extract_events(nlp(sentence), None) == []


@pytest.mark.parametrize(
    "sentence, event_type, side, words",
    [
        # an event noun announced by its light verb's subject ("confirmed" as "announced")
        ("The UN confirmed a new emergency aid package for Haiti.", "AID", "actors", ["UN"]),
        # a passive conjunct shares its head's subject
        ("Five men were arrested and charged with murder.", "ACCUSE", "targets", ["Five men"]),
        # force strikes a known agent that is no political side, and its premises
        ("Shelling hit the school's courtyard, killing two.", "ASSAULT", "targets", ["the school's courtyard"]),
    ],
)
def test_participants_the_gate_sees(nlp, sentence, event_type, side, words):
    found = [e for e in extract_events(nlp(sentence), None) if e.event_type == event_type]
    assert found and [s.text for s in getattr(found[0], side)] == words


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers say the public's patience is being abused.",  # people's thing: no target of force
        "Regulators blamed the bank's board for failing to ask hard questions.",  # "for": the board failed
        "Judges should think carefully before heading an inquiry.",  # only "by" passes its subject on
    ],
)
def test_participants_not_borrowed(nlp, sentence):
    events = extract_events(nlp(sentence), None)
    assert not [e for e in events if e.event_type in {"ASSAULT", "REQUEST"} or e.trigger.text == "heading"]
    assert all(not e.target_codes or "GOV" not in e.target_codes for e in events)


def test_people_a_role_noun_names_held_at_a_place_are_coerced(nlp):
    held = "Most of the terror suspects are being held indefinitely at Belmarsh prison, in London."
    assert [(e.plover_type, [t.text for t in e.targets]) for e in extract_events(nlp(held), None)] == [
        ("COERCE", ["terror suspects"])
    ]


def test_a_commitment_or_threat_concerns_the_people_its_infinitive_names(nlp):
    events = extract_events(nlp("It has also threatened to sue the Russian government for $28bn."), None)
    assert [(e.plover_type, [t.text for t in e.targets]) for e in events if e.plover_type == "THREATEN"] == [
        ("THREATEN", ["Russian government"])
    ]
    # a thing in the infinitive is no side: "threatened to use his wealth"
    wealth = nlp("He threatened to use his wealth to set up a political alternative to President Vladimir Putin.")
    assert [[t.text for t in e.targets] for e in extract_events(wealth, None) if e.plover_type == "THREATEN"] == [[]]


def test_an_event_noun_target_is_political_by_the_people_of_its_of_phrase(nlp):
    sentence = "The text was released on the eve of a crucial Commons vote in which MPs backed the invasion of Iraq."
    backed = [e for e in extract_events(nlp(sentence), None) if e.plover_type == "SUPPORT"]
    # "MPs": an acronym's plural keeps the agents dictionary's "MP" (LEG)
    assert [(e.actor_sectors, e.target_countries) for e in backed] == [(("LEG",), ("IRQ",))]


def _coded(nlp, sentence):
    return [
        (e.plover_type, e.trigger.text, [a.text for a in e.actors], [t.text for t in e.targets])
        for e in extract_events(nlp(sentence), None)
    ]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a death without the cause the DIE block names is no attack, the dead no actor
        ("Neuroscience graduate Zoe died within 30 minutes of being exposed to the poisoned air.", []),
        # a participle used as a preposition is no predicate (CAMEO GRANT "accord")
        ("Three men are charged with conspiracy, according to Levy and authorities from Homeland Security.", []),
        # a speech in a relative clause says who someone is
        ("It would be a $95 million investment according to county officials who spoke about the project.", []),
        # a measured level is no target struck, a sum no count of what force did
        ("Gwangju hitting 14 degrees and Daegu, 15 degrees, the early winter temperatures lasted.", []),
        ("A sex ring whose buyers paid up to $600 an hour was busted in Boston, the feds announced.", []),
        # a request noun that names nothing asked
        ("Cloud providers do not disclose the overall energy demands of machine-learning systems.", []),
        # a release of things only is a publication (CAMEO 084 releases persons or property)
        ("Last week, NASA released satellite images showing the patchwork of fires and smoke in Brazil.", []),
        # a fronted phrase frames a warning of what could happen: reported speech, no threat
        ("In a paper last month, Yamey warned that transmission of the virus could occur at lightning speed.", []),
    ],
)
def test_words_that_report_no_event_in_this_use(nlp, sentence, expected):
    assert _coded(nlp, sentence) == expected


def test_a_name_and_a_hyphenated_word_are_whole_arguments(nlp):
    sentence = "It calls on the Office for Students, the higher education regulator in England, to require it."
    assert _coded(nlp, sentence) == [("REQUEST", "calls", [], ["Office for Students"])]
    found = _coded(nlp, "Vice-chancellors reacted angrily to government attempts to blame them for the crisis.")
    assert [targets for *_, targets in found] == [["Vice-chancellors"]]


def test_a_person_owning_a_noun_of_coercion_is_its_target(nlp):
    found = _coded(nlp, "Mr Smith said the real motive for Mr Jones's prosecution was political.")
    assert [(kind, actors, targets) for kind, _, actors, targets in found if kind == "COERCE"] == [
        ("COERCE", [], ["Mr Jones"])
    ]


def test_a_release_of_people_stays_retreat(nlp):
    found = _coded(nlp, "Mr Mubanga and three other British detainees were released without charge by UK police.")
    assert [(kind, targets) for kind, _, _, targets in found] == [
        ("RETREAT", ["Mr Mubanga", "three other British detainees"])
    ]


def test_a_given_name_inside_a_persons_name_is_no_listed_actor(nlp):
    # Phoenix lists a South Sudanese official as "MICHAEL" alone (SSDGOV)
    assert _code(nlp("Michael Ferguson, 36, escaped after being allowed out of the high-security Carstairs unit."),
                 "Ferguson") is None
    assert extract_events(nlp("Michael Ferguson, 36, escaped after being allowed out of the high-security Carstairs unit."),
                          None) == []
    # a whole listed name keeps its code, its possessive too
    assert _code(nlp("David Blunkett's resignation was announced."), "Blunkett").text == "GBRGOV"


def test_a_persons_agent_takes_the_persons_code(nlp):
    # Phoenix's "agent" is a spy (SPY): a player's agent is none
    sentence = ("Mike Tindall's agent has warned Bath they have until next week to improve their contract offer "
                "to the England man or risk losing him to a rival club.")
    assert _code(nlp(sentence), "agent") is None
    assert extract_events(nlp(sentence), None) == []


def test_an_event_noun_subject_of_its_light_verb_is_not_its_own_actor(nlp):
    found = _coded(nlp, "The government must act quickly on the Law Lords' ruling that detention of foreign terror "
                        "suspects without trial is unlawful, Mary Robinson has said.")
    assert [(kind, actors) for kind, _, actors, _ in found if kind == "COERCE"] == [("COERCE", [])]


def test_a_common_word_the_dictionary_lists_with_its_article_is_no_name_as_a_longer_names_head(nlp):
    # Phoenix lists "THE_FOUNDATION" (USAREB): the open-source browser's foundation is none
    sentence = ("Supporters of the open-source software in the US managed to raise $250,000 (£133,000) to advertise "
                "the release of Firefox 1.0 in The New York Times, and support the Mozilla Foundation.")
    assert _code(nlp(sentence), "Foundation") is None
    assert extract_events(nlp(sentence), None) == []
    assert _code(nlp("The UK has welcomed the deal."), "UK").text == "GBR"


def test_a_titled_surname_is_who_the_document_names_in_full(nlp):
    # Phoenix's "~walsh" is an Irish minister; the games executive the article names is not
    doc = nlp("David Walsh, head of the games firm Acclaim, spoke at the conference. Mr Walsh suggested that new "
              "studios should make games for mobile phones.")
    assert _code(doc, "Walsh") is None
    assert extract_events(doc, None) == []
    # the full mention's party word codes the later title ("Mr Kennedy")
    doc = nlp("Liberal Democrat leader Charles Kennedy spoke first. Mr Kennedy criticised Mr Blair for failing to "
              "mention the environment.")
    found = [(e.plover_type, [a.text for a in e.actors], e.actor_codes) for e in extract_events(doc, None)]
    assert [e for e in found if e[0] == "ACCUSE"] == [("ACCUSE", ["Mr Kennedy"], ("PTY",))]


def test_a_collective_of_firms_is_firms(nlp):
    sentence = "Dozens of companies demonstrated their latest products at the conference."
    assert _code(nlp(sentence), "Dozens").sector == "BUS"
    assert extract_events(nlp(sentence), None) == []


def _located(nlp, sentence):
    return [(e.plover_type, e.location.text if e.location else None) for e in extract_events(nlp(sentence), None)]


def test_a_place_another_word_acts_with_or_on_is_no_venue(nlp):
    # the US is who blocked, not where the bid was refused
    assert _located(nlp, "But Iran's bid to join the trade body has been refused after the US blocked its application "
                         "for the 21st time.") == [("REJECT", None)]
    assert _located(nlp, "India has signed a $40bn (£21bn) deal to import millions of tonnes of liquefied natural gas "
                         "from Iran.") == [("COOPERATE", None)]
    # a locative phrase still names the venue
    assert ("COERCE", "Minsk") in _located(nlp, "Two people were arrested in a raid on Sunday in Minsk.")


def test_a_verb_of_its_own_clause_is_no_evidence_of_anothers_force(nlp):
    # "beat" cues a mode of force for its own event, not for "fought"; the ground of a scored game is none
    assert extract_events(nlp("France scrum-half Dimitri Yachvili praised his team after they fought back to beat "
                              "England 18-17 in the Six Nations clash at Twickenham."), None) == []
