"""extract_events on seed-article sentences and hand-written ones, one mechanism per case.

Each case gives the expected (type, trigger, actors, targets, location) as text; negatives
check the filters (background, figurative, opinion and coreferent mentions). Non-realis
events are kept with their modality (test_modality); the sense gate has its own cases.
"""

from datetime import datetime
from pathlib import Path

import pytest

from pipeline.events import extract_events
from pipeline.events.ontology import load_ontology

SATURDAY = datetime(2025, 12, 6, 10, 30)


def _summary(event):
    return (
        event.event_type,
        event.trigger.text,
        [a.text for a in event.actors],
        [t.text for t in event.targets],
        event.location.text if event.location else None,
    )


CASES = [
    (  # light verb "carried out" gives the actor; mode from "aerial"; the place attacked
        "Russia carried out one of its largest aerial assaults on Ukraine in recent months, "
        "unleashing more than 650 drones and 51 missiles overnight on Saturday.",
        [("ASSAULT", "assaults", ["Russia"], ["Ukraine"], "Ukraine")],
    ),
    (  # "negotiations" hangs from "met": one event; bare "The strikes" has no evidence
        "The strikes came as American and Ukrainian officials met in Miami for continued "
        "negotiations aimed at ending the nearly four-year-old conflict.",
        [("CONSULT", "met", ["American and Ukrainian officials"], [], "Miami")],
    ),
    (  # pronoun subject of a reported clause resolves to the reporter; air defence is
        # PLOVER's ASSAULT, and the intercepted weapons are its mode, not a target
        "Moscow’s defense ministry claimed it had intercepted 116 Ukrainian drones over Russian "
        "territory during the same period.",
        [("ASSAULT", "intercepted", ["Moscow’s defense ministry"], [], "Russian territory")],
    ),
    (
        "Meanwhile, unverified reports on Telegram suggested that Ukrainian forces had struck an "
        "oil refinery in Ryazan, southeast of Moscow.",
        [("ASSAULT", "struck", ["Ukrainian forces"], ["oil refinery"], "Ryazan")],
    ),
    (  # a speech noun in a venue phrase takes the verb's subject
        "U.S. Vice President JD Vance acknowledged the challenges in an interview with NBC "
        "on Friday.",
        [("STATEMENT", "interview", ["U.S. Vice President JD Vance"], [], None)],
    ),
    (
        "Thousands of people protested in Paris on Sunday against the pension reform.",
        [("PROTEST", "protested", ["Thousands of people"], [], "Paris")]  # what, not who,
    ),
    (
        "Israel and Hamas agreed to a ceasefire on Tuesday.",
        [("AGREE", "agreed", ["Israel", "Hamas"], [], None)],
    ),
    (  # the dictionary pattern "strike + deal" (CAMEO 057, sign a formal agreement)
        "Israel and Hamas struck a peace deal in Doha on Monday.",
        [("SUPPORT", "struck", ["Israel", "Hamas"], [], "Doha")],
    ),
    (  # the verb pattern names the event (163); the event noun's target is the verb's
        "The European Union imposed sanctions on three Russian banks last month.",
        [("SANCTION", "imposed", ["European Union"], ["three Russian banks"], None)],
    ),
    (  # the accused act is coded too, inside the accusation
        "Kyiv accused Moscow of targeting civilians.",
        [
            ("ACCUSE", "accused", ["Kyiv"], ["Moscow"], None),
            ("ASSAULT", "targeting", [], ["civilians"], None),
        ],
    ),
    ("Iran rejected the proposal.", [("REJECT", "rejected", ["Iran"], [], None)]),  # a thing: no target
    (
        "Police arrested nearly 40 protesters in Tbilisi.",
        [("COERCE", "arrested", ["Police"], ["nearly 40 protesters"], "Tbilisi")],
    ),
    (  # the condemned attack is the object of the event, not a second event
        "Germany condemned the attack.",
        [("ACCUSE", "condemned", ["Germany"], [], None)],
    ),
    (
        "Hundreds of students demonstrated outside parliament in Budapest on Friday.",
        [("PROTEST", "demonstrated", ["Hundreds of students"], [], "Budapest")],
    ),
    (  # "she" -> the nearest PERSON subject; a speech noun in a venue phrase
        # "Ms": a titled surname of a listed office holder keeps the office, though the
        # document does not name her country
        "Ms Kallas met Blinken in Brussels. Later, she said in an interview that talks had stalled.",
        [
            ("CONSULT", "met", ["Ms Kallas"], ["Blinken"], "Brussels"),
            ("STATEMENT", "interview", ["Ms Kallas"], [], None),
        ],
    ),
    (  # "It" -> the organisation or country subject before it
        "Russia denied the report. It launched its largest air assault on Ukraine on Friday.",
        [("ASSAULT", "assault", ["Russia"], ["Ukraine"], "Ukraine")],
    ),
    (  # "his" -> the subject of its clause, "who" -> the noun the clause describes
        "Melanie greeted the Republican nominee, who began his speech in Ohio.",
        [("STATEMENT", "speech", ["Republican nominee"], [], "Ohio")],
    ),
    (  # nationality adjective as actor
        "Israeli airstrikes killed 12 people in Gaza overnight.",
        [("ASSAULT", "airstrikes", ["Israeli"], [], "Gaza")],
    ),
    (  # an object-cued verb: the weapon is no target
        "Houthi rebels fired a ballistic missile at a commercial ship in the Red Sea.",
        [("ASSAULT", "fired", ["Houthi rebels"], ["commercial ship"], "the Red Sea")],
    ),
    (
        "Hezbollah launched dozens of rockets into northern Israel.",
        [("ASSAULT", "launched", ["Hezbollah"], [], "Israel")],
    ),
    (  # the place hangs from the partner: "with police in Nairobi"
        "Protesters clashed with police in Nairobi on Wednesday.",
        [("ASSAULT", "clashed", ["Protesters"], ["police"], "Nairobi")],
    ),
    (  # light-verb subject and "with" partner: the partner is the target, as PETRARCH codes it
        "Chinese President Xi Jinping held talks with his French counterpart in Beijing "
        "on Thursday.",
        [("CONSULT", "talks", ["Chinese President Xi Jinping"], ["his French counterpart"],
          "Beijing")],
    ),
    (  # nationality on the compound; an indefinite noun is a new event
        "Israeli jets bombed Gaza. A Russian missile strike on a shopping centre in Kremenchuk "
        "killed at least 20 people.",
        [
            ("ASSAULT", "bombed", ["Israeli jets"], ["Gaza"], "Gaza"),
            ("ASSAULT", "strike", ["Russian"], ["shopping centre"], "Kremenchuk"),
        ],
    ),
    (
        "Thousands marched through central London on Saturday to demand a ceasefire in Gaza.",
        [
            ("PROTEST", "marched", ["Thousands"], [], "London"),
            ("REQUEST", "demand", ["Thousands"], [], "Gaza"),
        ],
    ),
    (  # one event per sentence: the gerund repeats the attack named before it
        "Russia carried out a large aerial assault on Ukraine, unleashing more than 650 drones.",
        [("ASSAULT", "assault", ["Russia"], ["Ukraine"], "Ukraine")],
    ),
    (  # passive: the "by" agent acts, the subject is the target
        "Kyiv was attacked by Russian drones overnight.",
        [("ASSAULT", "attacked", ["Russian drones"], ["Kyiv"], "Kyiv")],
    ),
    (  # a city the NER missed is still the attacked place, by the gazetteer
        "Russia attacked Kyiv with 30 drones on Monday.",
        [("ASSAULT", "attacked", ["Russia"], ["Kyiv"], "Kyiv")],
    ),
    (  # possessor as actor
        "Russia's attack on Odesa killed three people on Friday.",
        [("ASSAULT", "attack", ["Russia"], ["Odesa"], None)],
    ),
    (
        "Hundreds of people were arrested by police in Minsk.",
        [("COERCE", "arrested", ["police"], ["Hundreds of people"], "Minsk")],
    ),
    (  # "between" partners; the place hangs from a conjunct
        "The talks between Iran and the United States in Oman ended without a deal.",
        [("CONSULT", "talks", ["Iran", "United States"], [], "Oman")],
    ),
    # a "deal" is the dictionary's agreement (SIGN 057), intended, never done
    ("There is little indication that Moscow is prepared to sign a deal.", [("SUPPORT", "sign", ["Moscow"], [], None)]),
    # negatives
    ("The board fired the chief executive on Monday.", []),
    ("The president did not meet the delegation.", []),
    ("The two sides could sign a deal next week.", []),
    # an event a time anchor mentions is an event (the event sets code mentioned events)
    ("Prices have risen since Russia’s invasion in 2022.", [("ASSAULT", "invasion", ["Russia"], [], None)]),
    ("Air raid sirens also sounded in parts of eastern Poland.", []),
    # an event noun as subject makes "threaten" figurative; the attacks show no evidence
    ("The attacks on energy facilities threaten to plunge millions into darkness.", []),
    ("Mr. Trump has attacked loopholes that benefit others.", []),
    ("All agreed that the proposal would increase taxes.", []),
    ("The plan has been meeting regulatory standards.", []),
    ("Country after country flouts that treaty.", []),
    ("He was a broker of the North American Free Trade Agreement.", []),
    ("Anderson largely agreed with McLenny.", []),  # an opinion, not an agreement
    ("She demonstrated her skill as a negotiator.", []),
    (  # armed forces clashing: ASSAULT, its actor an armed one
        "The two armies clashed.",
        [("ASSAULT", "clashed", ["two armies"], [], None)],
    ),
    (  # the place of the report is not the place of the reported attack
        "In Washington, officials said Israeli jets struck overnight.",
        [("ASSAULT", "struck", ["Israeli jets"], [], None)],
    ),  # the trigger alone is no evidence of fighting
    (  # the lemmatiser reads "staged" as "stag": the light verb is known by its written form
        "Thousands of farmers staged a protest in Paris against the new tax.",
        [("PROTEST", "protest", ["Thousands of farmers"], [], "Paris")],
    ),
    (  # a passive's subject is its infinitive's subject ("are set to protest")
        "Dozens of demonstrators are set to protest outside parliament on Monday.",
        [("PROTEST", "protest", ["Dozens of demonstrators"], [], None)],
    ),
    (  # "standby" tagged as an adverb after "on"; the light verb's object is what is mobilised
        "Army reservists were put on standby.",
        [("MOBILIZE", "standby", [], ["Army reservists"], None)],
    ),
    (  # "standby" tagged as an adverb beside its preposition, or as the verb's object
        "The Germans had already put their soldiers on standby to evacuate their nationals if needed.",
        [("MOBILIZE", "standby", ["Germans"], ["their soldiers"], None)],
    ),
    (
        "The Spanish have put their forces on standby to evacuate their nationals if necessary.",
        [("MOBILIZE", "standby", ["Spanish"], ["their forces"], None)],
    ),
    ("The chancellor will deliver his budget to parliament on 16 March.", []),  # a date, no march
    (  # a unit of troops is no firm: "company" takes its members' sector
        "A company of 200 Dutch marines was put on standby.",
        [("MOBILIZE", "standby", [], ["company"], None)],
    ),
]


def test_a_noun_torn_from_its_preposition_keeps_its_clause(nlp):
    # the parser leaves "on" without its object and hangs "standby" on "confirmed" as a conjunct
    doc = nlp("The ministry has confirmed French soldiers are on standby in case they need to help foreigners leave.")
    assert next(t for t in doc if t.text == "standby").dep_ == "conj"
    mobilised = [_summary(e) for e in extract_events(doc, SATURDAY) if e.event_type == "MOBILIZE"]
    assert mobilised == [("MOBILIZE", "standby", ["French soldiers"], [], None)]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_extract_events(nlp, sentence, expected):
    events = extract_events(nlp(sentence), SATURDAY)
    assert [_summary(e) for e in events] == expected


@pytest.mark.xfail(
    strict=True,
    reason="the small model's NER labels Kharkiv PERSON, so the attacked place is not a location",
)
def test_attacked_city_mislabelled_by_ner_is_the_location(nlp):
    (event,) = extract_events(nlp("Russian drones attacked Kharkiv overnight."), SATURDAY)
    assert event.location is not None and event.location.text == "Kharkiv"


def test_spans_are_exact_offsets(nlp):
    text = (Path(__file__).parents[1] / "data" / "seed_article.txt").read_text(encoding="utf-8")
    events = extract_events(nlp(text), SATURDAY)
    assert events
    for event in events:
        spans = [event.trigger, *event.actors, *event.targets, event.location, event.time]
        spans += [q.span for q in event.quantities]
        for span in filter(None, spans):
            assert text[span.start : span.end] == span.text
        assert event.event_type in load_ontology().types


def test_later_mentions_of_one_event_are_dropped(nlp):
    text = (
        "Israeli jets bombed Beirut on Friday. Israeli strikes damaged homes in Beirut. "
        "Officials met in Geneva on Monday. Their talks in Geneva were tense. "
        "Separately, Chinese officials held talks in Beijing on Friday."
    )
    events = extract_events(nlp(text), SATURDAY)
    assert [e.trigger.text for e in events] == ["bombed", "met", "talks"]
    assert events[0].location.text == "Beirut"  # the bombed place
    assert events[-1].location.text == "Beijing"


def test_event_fields_from_the_seed_article(nlp):
    sentence = (
        "Russia carried out one of its largest aerial assaults on Ukraine in recent months, "
        "unleashing more than 650 drones and 51 missiles overnight on Saturday."
    )
    (event,) = extract_events(nlp(sentence), SATURDAY)
    assert event.mode == "air strike"
    assert event.time.text == "overnight on Saturday"
    assert (event.event_date.isoformat(), event.date_precision.value) == ("2025-12-06", "day")
    assert [(q.value, q.qualifier, q.unit) for q in event.quantities] == [
        (650, "more than", "drones"),
        (51, None, "missiles"),
    ]


def test_place_and_week_resolution(nlp):
    sentence = (
        "Earlier in the week, Russian President Vladimir Putin met in Moscow with American real "
        "estate developer Steve Witkoff and Trump’s son-in-law Jared Kushner."
    )
    (event,) = extract_events(nlp(sentence), SATURDAY)
    assert (event.location_name, event.country) == ("Moscow", "Russia")
    assert (event.event_date.isoformat(), event.date_precision.value) == ("2025-12-01", "week")
    assert "Vladimir Putin" in event.actors[0].text
    assert any("Steve Witkoff" in t.text for t in event.targets)  # the partner met


def test_no_publication_time_leaves_relative_dates_unresolved(nlp):
    (event,) = extract_events(nlp("Iran rejected the proposal on Saturday."), None)
    assert event.time.text == "Saturday"
    assert event.event_date is None
    assert event.date_precision.value == "unknown"


def test_ontology_documents_every_type():
    for event_type in load_ontology().types.values():
        assert event_type.description and (event_type.verbs or event_type.nouns)


@pytest.mark.parametrize(
    "sentence, event_type, trigger, actors",
    [
        ("Germany delivered military aid to Ukraine on Tuesday.", "AID", "delivered", ["Germany"]),
        ("Russia threatened Moldova with sanctions.", "THREATEN", "threatened", ["Russia"]),
        ("NATO mobilized 5,000 troops in Poland.", "MOBILIZE", "mobilized", ["NATO"]),
        ("Israel withdrew troops from the northern Gaza Strip on Sunday.", "RETREAT", "withdrew", ["Israel"]),
    ],
)
def test_aid_threat_mobilisation_and_retreat(nlp, sentence, event_type, trigger, actors):
    events = extract_events(nlp(sentence), None)
    assert [(e.event_type, e.trigger.text, [a.text for a in e.actors]) for e in events] == [
        (event_type, trigger, actors)
    ]


def test_an_event_in_a_time_anchor_is_mentioned_and_a_speech_there_dates_a_claim(nlp):
    events = extract_events(nlp("Ahead of Friday's meeting, France and Germany unveiled a proposal."), None)
    assert "meeting" not in [e.trigger.text for e in events]  # nobody named meets
    mentioned = "The ruling came on his first day as home secretary following David Blunkett's resignation."
    assert [(e.plover_type, e.trigger.text) for e in extract_events(nlp(mentioned), None)] == [
        ("CONCEDE", "resignation")
    ]
    said = "During his speech at the party conference, the prime minister said taxes would not rise."
    assert extract_events(nlp(said), None) == []
    venue = "In a speech at the party conference, the prime minister said taxes would not rise."
    assert [e.event_type for e in extract_events(nlp(venue), None)] == ["STATEMENT"]


@pytest.mark.parametrize(
    "sentence, trigger, modality",
    [
        ("Russia denied reports it was withdrawing troops from Kherson.", "withdrawing", "denied"),
        ("Officials will meet in Geneva next week.", "meet", "intended"),
        ("If the government rejected the plan, families would suffer.", "rejected", "hypothetical"),
        ("Russia could attack Kyiv with drones.", "attack", "hypothetical"),
        ("Russia threatened to cut gas supplies to Moldova.", "cut", "threatened"),
        ("The UN called on Russia to stop attacking Ukrainian cities with drones.", "attacking", "requested"),
        ("The UN called on Russia to stop attacking Ukrainian cities with drones.", "called", "asserted"),
        ("Russia threatened to cut gas supplies to Moldova.", "threatened", "asserted"),
        # a clause with its own subject keeps its own modality, not the joined clause's
        ("Culture Secretary Tessa Jowell said a delay would be disastrous and she accused the Tories of opportunism.", "accused", "asserted"),
        ("Thailand does not wish to opt for a freeze, while India has rejected international aid.", "rejected", "asserted"),
        ("Russia agreed to withdraw its troops, but urged Nato to halt its expansion.", "withdraw", "intended"),
        ("Russia agreed to withdraw its troops, but urged Nato to halt its expansion.", "urged", "asserted"),
        # a finite verb joined to an infinitive is outside the negation above the infinitive
        ("The union said its members did not want to go on strike and called for talks with the government.", "called", "asserted"),
        ("Russia denied that its troops attacked the city.", "attacked", "denied"),
        # a noun of intent with an infinitive ("plans to"), not with a participle
        ("Mr Kennedy held talks with Tony Blair on Friday over government plans to hold terror suspects under house arrest.", "hold", "intended"),
        ("The government announced its decision to withdraw troops from Iraq.", "withdraw", "intended"),
        # an event noun as a copula's predicate takes the copula's own negation
        ("The ministry insisted the blasts in the capital were not Russian air strikes.", "strikes", "denied"),
        # a clause whose evidence is denied ("no sign that"), unlike a fact beside it
        ("There was no sign that the army had withdrawn from Gaza.", "withdrawn", "denied"),
        ("The army withdrew from Gaza, with no sign of resistance.", "withdrew", "asserted"),
        # telling someone what to do requests it
        ("The minister told police to arrest the protesters.", "arrest", "requested"),
        # a participle beside a negated clause is outside its negation
        ("Nixon did not go to prison, having resigned the presidency in 1974.", "resigned", "asserted"),
        ("Speaking in Buenos Aires, the planning minister denied any tariff increase.", "Speaking", "asserted"),
        # the setting of a promise is not promised; a modal reaches through an adjective
        ("In a speech in London, the prime minister promised to impose sanctions on Iran.", "speech", "asserted"),
        ("The Iraqi government might feel free to attack the rebels.", "attack", "hypothetical"),
        # what is due or scheduled has not happened yet
        ("The two men are due to be sentenced on 29 April.", "sentenced", "intended"),
    ],
)
def test_modality(nlp, sentence, trigger, modality):
    events = {e.trigger.text: e for e in extract_events(nlp(sentence), None)}
    assert events[trigger].modality == modality


def test_event_inside_a_speech_act_names_its_governor(nlp):
    text = "The UN called on Russia to stop attacking Ukrainian cities with drones."
    events = {e.trigger.text: e for e in extract_events(nlp(text), None)}
    assert events["called"].governed_by is None
    assert text[events["attacking"].governed_by :].startswith("called")
    assert [a.text for a in events["attacking"].actors] == ["Russia"]  # object control


def test_plover_type_cameo_code_and_actor_codes(nlp):
    (event,) = extract_events(nlp("Russian forces attacked Kharkiv overnight."), None)
    assert (event.plover_type, event.cameo_code) == ("ASSAULT", "190")
    assert event.actor_codes == ("RUSMIL",)  # country from the adjective, sector from "forces"
    assert (event.actor_sectors, event.actor_countries) == (("MIL",), ("RUS",))
    (sanction,) = extract_events(
        nlp("The European Union imposed sanctions on three Russian banks last month."), None
    )
    assert (sanction.plover_type, sanction.cameo_code) == ("SANCTION", "163")
    assert sanction.actor_codes == ("IGOEUREEC",)
    assert (sanction.actor_sectors, sanction.actor_countries) == (("IGO",), (None,))  # no state
    assert (sanction.targets[0].text, sanction.target_countries) == ("three Russian banks", ("RUS",))


@pytest.mark.parametrize(
    "sentence",
    [
        "The striker fired a shot at the goal.",
        "Hackers attacked the bank's servers.",
        "The company agreed a deal with its suppliers.",
        "Tuesday morning was met with strong, cold winds.",
        "Police stopped a vehicle that was refusing to stop.",
        "He then has another indoor meeting in France before the outdoor season.",
    ],
)
def test_sense_gate_codes_no_sports_business_or_weather_sense(nlp, sentence):
    assert extract_events(nlp(sentence), None) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ministers argued over who was allowed to enter the country.",
        "The ministers disagreed on whether a president has the power to pardon himself.",
        "Someone from the ministry requested the documents.",
        # "it" names no one unless it is the event verb's own active subject
        "The wording of the bill could leave anglers facing court even though it was not intended, the committee said.",
    ],
)
def test_a_free_relative_indefinite_or_reflexive_pronoun_names_no_side(nlp, sentence):
    assert extract_events(nlp(sentence), None) == []


def test_it_as_the_active_subject_of_the_event_stands_for_someone(nlp):
    text = "The new government was voted into power after it pledged to introduce economic reforms."
    assert [e.event_type for e in extract_events(nlp(text), None)] == ["AGREE"]


def test_location_from_the_triggers_own_clause(nlp):
    (event,) = extract_events(nlp("Police arrested two opposition leaders on Sunday, the ministry said in Minsk."), None)
    assert event.location is None  # the place of the report, not of the arrests
    (event,) = extract_events(
        nlp("Two opposition leaders were arrested by police on Sunday after a rally in Minsk."), None
    )
    assert (event.location_name, event.country) == ("Minsk", "Belarus")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the parser hangs "he was ..." on "backed": a clause away from the object is no
        # complement of the verb, so the backing stands
        (
            "The prime minister has backed the finance minister's budget plan amid opposition claims he was too optimistic about the economy.",
            ["SUPPORT"],
        ),
        ("The prime minister agreed the budget plan was too optimistic.", []),  # an opinion
        ("The president assured parliament that the bill was about regulation.", []),  # a clause right after the object
    ],
)
def test_an_opinion_verb_with_a_clause(nlp, sentence, expected):
    doc = nlp(sentence)
    assert [e.event_type for e in extract_events(doc, SATURDAY)] == expected


def test_a_for_clause_is_what_a_request_asks_for(nlp):
    # the parser reads "for" as the mark of the clause "(for) the minister to resign"
    doc = nlp("Opposition MPs have called for the minister to resign over the affair.")
    assert next(t for t in doc if t.text == "for").dep_ == "mark"
    events = {e.trigger.text: (e.event_type, e.modality) for e in extract_events(doc, None)}
    assert events == {"called": ("REQUEST", "asserted"), "resign": ("CONCEDE", "requested")}


@pytest.mark.parametrize(
    "sentence, place",
    [
        ("Police arrested two activists in a raid on Sunday in Minsk.", "Minsk"),
        # a place modifying another noun says whose, not where
        ("Police arrested the activists for damaging the London mayor's car.", None),
        ("Police detained two activists who had protested against its UK retail division.", None),
    ],
)
def test_a_clause_place_is_where_not_whose(nlp, sentence, place):
    (arrest,) = [e for e in extract_events(nlp(sentence), None) if e.event_type == "COERCE"]
    assert arrest.location_name == place


@pytest.mark.parametrize(
    "sentence, event_type, targets",
    [
        ("Mr Kerry conceded defeat on Wednesday.", "CONCEDE", []),  # what, not who
        ("G7 finance ministers backed plans to write off the debts of Zambia.", "SUPPORT", []),
        ("The UK government rejected the proposal by France.", "REJECT", []),
        ("The European Union accused Russia of aggression.", "ACCUSE", ["Russia"]),
        ("Russian missiles struck an oil refinery in Ryazan.", "ASSAULT", ["oil refinery"]),  # what force struck stays
    ],
)
def test_targets_are_who_is_acted_on(nlp, sentence, event_type, targets):
    found = [e for e in extract_events(nlp(sentence), None) if e.event_type == event_type]
    assert found and [t.text for t in found[0].targets] == targets
    assert len(found[0].target_codes) == len(found[0].target_sectors) == len(targets)
