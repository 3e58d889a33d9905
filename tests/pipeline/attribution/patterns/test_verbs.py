"""Reported speech in every frame the dependency patterns cover, on hand-written and seed sentences.

Each case gives the expected (source mention, cue, content) as text; negatives expect no claim.
"""

import pytest

from pipeline.attribution import extract_claims
from pipeline.models import ClaimType, Document
from pipeline.process import process
from tests.pipeline.claims import triples



@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mayor said that the bridge would reopen next week.", ("The mayor", "said", "the bridge would reopen next week")),
        ("The bridge will reopen next week, the mayor said.", ("the mayor", "said", "The bridge will reopen next week")),
        ("The bridge will reopen next week, said Mayor Anna Lopez.", ("Mayor Anna Lopez", "said", "The bridge will reopen next week")),
        ("The minister told reporters the talks had collapsed.", ("The minister", "told", "the talks had collapsed")),
        ("Smith added that the company had lost money.", ("Smith", "added", "the company had lost money")),
        (
            "But to prevent problems, he said, local officials should be vigilant.",
            ("he", "said", "to prevent problems | local officials should be vigilant."),
        ),
        ("It was reported that the bridge had collapsed.", (None, "was reported", "the bridge had collapsed")),
        ("The bridge collapsed on Monday, according to local police.", ("local police", "according to", "The bridge collapsed on Monday")),
        ("According to the Interior Ministry, 12 people died in the floods.", ("the Interior Ministry", "According to", "12 people died in the floods.")),
        # everything up to the comma after "according to" names the source, however the parser hangs it
        (
            "The market remains robust despite the slowdown, according to lender Smith & Jones and builder Brown Homes.",
            ("lender Smith & Jones and builder Brown Homes", "according to", "The market remains robust despite the slowdown"),
        ),
        ("The bridge collapsed, according to police, and the road was closed.", ("police", "according to", "The bridge collapsed | the road was closed.")),
        ("In a statement, the company said it would cut 200 jobs.", ("the company", "said", "it would cut 200 jobs")),
        ("The governor's claim that the fire was under control drew criticism.", ("The governor", "claim", "the fire was under control")),
        ("The senator's decision to resign surprised her colleagues.", ("The senator", "decision", "to resign")),
        ("The army said on Telegram that two villages had been recaptured.", ("The army", "said", "two villages had been recaptured")),
        ("Reuters reported that the talks had stalled.", ("Reuters", "reported", "the talks had stalled")),
        # belief and intention cues, which PolNeAR annotates
        ("Officials believe the fire was started deliberately.", ("Officials", "believe", "the fire was started deliberately")),
        ("The agency expects prices to rise further next year.", ("The agency", "expects", "prices to rise further next year")),
        ("Residents fear the dam could break.", ("Residents", "fear", "the dam could break")),
        ("The company plans to close the factory.", ("The company", "plans", "to close the factory")),
        ("Analysts warned that the economy could shrink.", ("Analysts", "warned", "the economy could shrink")),
        # seed article
        (
            "The regional governor said debris from drones damaged a residential building and fell on an industrial site.",
            ("The regional governor", "said", "debris from drones damaged a residential building and fell on an industrial site"),
        ),
        (
            "Ukraine’s armed forces reported that the attacks targeted locations across the country, including western regions far from the frontlines.",
            ("Ukraine’s armed forces", "reported", "the attacks targeted locations across the country, including western regions far from the frontlines"),
        ),
        (
            "Moscow’s defense ministry claimed it had intercepted 116 Ukrainian drones over Russian territory during the same period.",
            ("Moscow’s defense ministry", "claimed", "it had intercepted 116 Ukrainian drones over Russian territory during the same period"),
        ),
    ],
)
def test_reported_frames(nlp, text, expected):
    assert triples(nlp, text) == [expected]


def test_relative_clause_source_and_coordinated_cue(nlp):
    text = (
        "Her remarks followed the release of the new national security strategy, which warned that Europe faced "
        "“civilisational erasure” due to immigration and suggested that Washington should support right-wing movements."
    )
    claims = extract_claims(nlp(text))
    assert triples(nlp, text) == [
        ("which", "warned", "Europe faced “civilisational erasure” due to immigration"),
        ("which", "suggested", "Washington should support right-wing movements"),
    ]
    # the stance inside the second claim ("Washington should support ...") is not a claim of its own
    assert {c.source.name for c in claims} == {"new national security strategy"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She was sure that the candidate would win the state.", ("She", "was sure", "the candidate would win the state")),
        ("The judge ruled that the law was unconstitutional.", ("The judge", "ruled", "the law was unconstitutional")),
        ("The senator talked about bringing communities together.", ("The senator", "talked about", "bringing communities together")),
        ("The governor urged both leaders to visit the region.", ("The governor", "urged", "both leaders to visit the region")),
        ("Critics called the charges unsubstantiated.", ("Critics", "called", "the charges unsubstantiated")),
        ("The ministry denied the report.", ("The ministry", "denied", "the report")),
        # of a bare pronoun object, what the verb says of it is content; a setting is not
        ("The union blamed it on the managers.", ("The union", "blamed", "it on the managers")),
        ("She criticised it as a waste of money.", ("She", "criticised", "it as a waste of money")),
        # a relative pronoun subject of an agentless passive only points back to its antecedent
        (
            "The viruses, which were originally thought to be offshoots of the worm, can infect machines.",
            (None, "were originally thought", "to be offshoots of the worm"),
        ),
    ],
)
def test_stance_and_object_frames(nlp, text, expected):
    assert triples(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # an inanimate subject does not hold a stance
        "The latest wave of Russian strikes underscores the urgency of securing support.",
        "The storm denied farmers a harvest.",
    ],
)
def test_no_object_claim_without_a_source_like_subject(nlp, text):
    assert extract_claims(nlp(text)) == []


def test_adverb_cue_has_no_source(nlp):
    [claim] = extract_claims(nlp("The minister allegedly accepted bribes from contractors."))
    assert claim.source is None and claim.cue.text == "allegedly"
    assert [f.text for f in claim.content_fragments] == ["The minister", "accepted bribes from contractors."]


def test_colon_frame(nlp):
    assert triples(nlp, "Poll: Wealthy voters abandon the governing party.") == [
        ("Poll", ":", "Wealthy voters abandon the governing party.")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The weather was cold and the streets were empty.",
        "Russia carried out one of its largest aerial assaults on Ukraine in recent months.",
        "The strikes came as American and Ukrainian officials met in Miami for continued negotiations.",
        "With negotiations in Miami showing little sign of breakthrough, the war appears set to grind on.",
        # a bare pronoun object with a setting says nothing
        "The minister denied it in a statement.",
        "There is no sign he opposes it in principle.",
    ],
)
def test_no_claim_in_narration(nlp, text):
    assert extract_claims(nlp(text)) == []


def test_reported_claims_are_indirect_and_offsets_exact(nlp):
    text = "The ministry denied that its troops had shelled the town. Officials said dozens of drones were shot down."
    claims = extract_claims(nlp(text))
    assert {c.claim_type for c in claims} == {ClaimType.INDIRECT}
    for claim in claims:
        for span in (claim.content, *claim.content_fragments, claim.cue, claim.source.mention):
            assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "text, cue, lemma",
    [
        ("The minister has also said that taxes would rise.", "has also said", "say"),
        ("The spokesman did not confirm that the talks had resumed.", "did not confirm", "confirm"),
        ("The mayor said Friday that the bridge would reopen.", "said Friday", "say"),
        ("The group called for an independent inquiry.", "called for", "call"),
    ],
)
def test_cue_span_keeps_auxiliaries_and_its_head_is_the_verb(nlp, text, cue, lemma):
    doc = nlp(text)
    [claim] = extract_claims(doc)
    assert claim.cue.text == cue
    assert doc.char_span(claim.cue.start, claim.cue.end).root.lemma_ == lemma


@pytest.mark.parametrize(
    "text, expected",
    [
        # an inserted cue with the content on both sides, the first part hung on the cue
        (
            "To understand the old city, the historian said, one should walk its markets.",
            ("the historian", "said", "To understand the old city | one should walk its markets."),
        ),
        (
            "If the talks fail, the envoy argues, there are other options.",
            ("the envoy", "argues", "If the talks fail | there are other options."),
        ),
        # an inserted cue parsed as the complement of the clause after it
        (
            "Of course, the farmer readily admits, he could have sold the land earlier.",
            ("the farmer", "readily admits", "Of course | he could have sold the land earlier."),
        ),
        # ... but not a clause the cue after it reports
        ("The minister is continuing her work, her spokesman said.", ("her spokesman", "said", "The minister is continuing her work")),
        # a fronted phrase the parser labels `dep`
        ("Fewer cars downtown, she said.", ("she", "said", "Fewer cars downtown")),
        # "as X noted": the clause the cue qualifies is the content; without a subject, no source
        ("As the senator pointed out, the bridge needs repairs.", ("the senator", "pointed out", "the bridge needs repairs.")),
        ("The dam held as predicted.", (None, "predicted", "The dam held")),
        # a that-clause the parser hangs on the addressee
        ("She told a meeting of farmers that the subsidies would continue.", ("She", "told", "the subsidies would continue")),
        # an embedded question parsed as a clause modifier
        ("The minister has not said whether the tax will rise.", ("The minister", "has not said", "whether the tax will rise")),
        # a response by an act
        ("The mayor responded by closing the park.", ("The mayor", "responded by", "closing the park")),
        ("The council responded with a lawsuit.", ("The council", "responded with", "a lawsuit")),
        # lemmatiser slips repaired ("hoping" -> "hop", "rated" -> "rat")
        ("She is hoping the vote passes.", ("She", "is hoping", "the vote passes")),
        ("PolitiFact rated the claim false.", ("PolitiFact", "rated", "the claim false")),
        # evaluation, exhortation and preference verbs with an object
        ("The coach lauded his players for their effort.", ("The coach", "lauded", "his players for their effort")),
        ("The senator implored colleagues to vote for the bill.", ("The senator", "implored", "colleagues to vote for the bill")),
        ("Voters want lower taxes.", ("Voters", "want", "lower taxes")),
        # a subordinated "as promised" stays inside the head cue's claim
        ("He proposed a new tax as promised.", ("He", "proposed", "a new tax")),
    ],
)
def test_cue_verb_parse_configurations(nlp, text, expected):
    assert triples(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "She told a story that shocked the room.",  # a relative clause on the object, not a that-clause
        "The hotel staff spoke when the manager arrived.",  # "when" opens a time clause, not a question
        "As the storm continued, the roads flooded.",  # "as" of time, with a subject that says nothing
        "On Monday, he said.",  # a fronted time phrase is no content
    ],
)
def test_no_claim_from_object_time_or_fronted_phrases(nlp, text):
    assert triples(nlp, text) == []


def test_stored_cue_lemma_is_the_repaired_lemma(nlp):
    text = "The mayor is hoping the bridge reopens in May."
    result = process(nlp(text), Document(doc_id="d1", uri="memory:d1", text=text, content_hash="h1"))
    assert [(c.cue, c.cue_lemma) for c in result.claims] == [("is hoping", "hope")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # phrasal cues: a verb that is a cue only with its particle
        ("The mayor laid out her plan for the harbour.", ("The mayor", "laid out", "her plan for the harbour")),
        ("Critics lashed out at the new tariffs.", ("Critics", "lashed out at", "the new tariffs")),
        ("The senator spoke out against the war.", ("The senator", "spoke out against", "the war")),
        ("The audit singled out two hospitals.", ("The audit", "singled out", "two hospitals")),
        ("The minister ruled out a tax increase.", ("The minister", "ruled out", "a tax increase")),
        ("The governor made clear that she would veto the bill.", ("The governor", "made clear", "she would veto the bill")),
        ("The senator went after the governor on housing.", ("The senator", "went after", "the governor on housing")),
        # the particle's object is the one urged: "called on X to Y"
        ("The union called on the council to raise wages.", ("The union", "called on", "the council to raise wages")),
        # a particle of time is no particle
        ("Several mayors weighed in Friday about whether the park should close.", ("Several mayors", "weighed", "whether the park should close")),
    ],
)
def test_phrasal_cues(nlp, text, expected):
    assert triples(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The team pushed back the deadline.",  # "push back" is not listed: it mostly moves dates
        "The storm hit back at the coast.",  # a phrasal cue needs a subject that can speak
        "Police fired at the car.",  # the defining particle of "fire back at" is missing
        "He walked back to his car.",
        "The senator chimed in on Twitter.",  # the medium is not the content
    ],
)
def test_no_claim_from_phrasal_verbs_in_narration(nlp, text):
    assert triples(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a subordinate clause misread as the complement: the that-clause after the cue wins
        (
            "Should the mine close, residents warn that the town could empty.",
            [("residents", "warn", "the town could empty")],
        ),
        # a clause hung on the later verb belongs to the cue verb right before it
        (
            "While he acknowledged the budget was tight, the chief also noted several projects had stalled.",
            [("he", "acknowledged", "the budget was tight"), ("the chief", "also noted", "several projects had stalled")],
        ),
        # a complement clause misread as an adjunct after a time phrase
        (
            "The coach said after the match he would not resign.",
            [("The coach", "said", "after the match he would not resign")],
        ),
        # after a negated cue, "when" and "if" open an embedded question
        (
            "The council has not said when the road will reopen.",
            [("The council", "has not said", "when the road will reopen")],
        ),
        # a clause split after an adjective that takes it: one content
        (
            "The Greens say it is likely the plan will contain measures to attract votes.",
            [("The Greens", "say", "it is likely the plan will contain measures to attract votes")],
        ),
        # a cue with its own object does not take the clause before a dash
        (
            "Several towns want the tax frozen - the council has proposed a rise of 2%.",
            [("Several towns", "want", "the tax frozen"), ("the council", "has proposed", "a rise of 2%")],
        ),
        # the addressee of a cue is not its object: the clause before it is the content
        (
            "Prices will rise again, the bank warned investors.",
            [("the bank", "warned", "Prices will rise again")],
        ),
        (
            "The merger means job losses this year, the bank chief told a news conference.",
            [("the bank chief", "told", "The merger means job losses this year")],
        ),
        # a clause ending in a noun keeps its own extent
        (
            "Unions said the deal protects jobs.",
            [("Unions", "said", "the deal protects jobs")],
        ),
    ],
)
def test_misattached_complements(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # cue verbs tagged as plural nouns in headlines and title case
        ("Mayor Vows To Rebuild The Old Bridge", ("Mayor", "Vows", "To Rebuild The Old Bridge")),
        ("Smith Charges That Rival Lied About Taxes", ("Smith", "Charges", "Rival Lied About Taxes")),
        ("The Smith campaign plans to hire more organisers in the coming weeks.", ("The Smith campaign", "plans", "to hire more organisers in the coming weeks")),
    ],
)
def test_cue_verbs_tagged_as_nouns(nlp, text, expected):
    assert triples(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Tax plans were announced on Monday.",  # a noun in a noun's slot
        "The city's bus routes changed.",
    ],
)
def test_plural_nouns_are_not_cue_verbs(nlp, text):
    assert triples(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a concessive clause set off by a comma is the writer's aside, with a cue of its own if any
        (
            "The mayor said the bridge was safe, though she noted engineers are still testing the cables.",
            [("The mayor", "said", "the bridge was safe"), ("she", "noted", "engineers are still testing the cables")],
        ),
        (
            "He claimed that the tax cut was fair, although he declined to release the figures.",
            [("He", "claimed", "the tax cut was fair"), ("he", "declined", "to release the figures")],
        ),
        # a "while" clause set off by a comma is an aside when it holds a report of its own ...
        (
            "The union says the plan will cost jobs, while the company insists it will create them.",
            [("The union", "says", "the plan will cost jobs"), ("the company", "insists", "it will create them")],
        ),
        # ... and part of what is reported otherwise (it may tell the time)
        ("He said the firm grew quickly, while rivals struggled.", [("He", "said", "the firm grew quickly, while rivals struggled")]),
        # a comma-set relative clause with a cue of its own is a claim of its own
        (
            "The senator criticized the donations, which she said were bribes.",
            [("The senator", "criticized", "the donations"), ("she", "said", "which | were bribes")],
        ),
        # a restrictive one, or one describing its antecedent, stays in the claim
        (
            "He said he will spend the money he says he raised on Monday.",
            [("He", "said", "he will spend the money he says he raised on Monday")],
        ),
        (
            "The mayor said the engineers, who warned of cracks, had left.",
            [("The mayor", "said", "the engineers, who warned of cracks, had left")],
        ),
    ],
)
def test_asides_inside_a_claim(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a subordinate clause of time before the clause it modifies is no inserted cue
        "Often, when a critical flaw is announced, new viruses follow within days.",
        # a participle heading a fragment across a stray line break reports nothing
        "Promising 400m runner\n\nclocked a new national record of 45.1 seconds at a meeting in Oslo.",
    ],
)
def test_no_claim_from_a_time_clause_or_a_verbless_fragment(nlp, text):
    assert triples(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # characterising verbs are cues with an object and an 'as' phrase
        ("Many voters see the program as an easy way to gain citizenship.", [("Many voters", "see", "the program as an easy way to gain citizenship")]),
        ("The governor painted her rival as a friend of the banks.", [("The governor", "painted", "her rival as a friend of the banks")]),
        ("The senator is casting himself as a champion of farmers.", [("The senator", "is casting", "himself as a champion of farmers")]),
        # 'as X put it': an inserted cue clause
        ("As one economist recently put it, the plan is a gamble.", [("one economist", "recently put it", "the plan is a gamble.")]),
        ("The plan is a gamble, as one economist put it.", [("one economist", "put it", "The plan is a gamble")]),
    ],
)
def test_characterising_and_idiom_cues(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The tourists saw the cathedral on Monday.",  # no 'as' phrase
        "The painters painted the fence white.",
        "He put it on the table.",  # 'put it' outside an 'as' clause
        "The storm cast the town into darkness.",
    ],
)
def test_no_claim_from_characterising_verbs_without_as(nlp, text):
    assert triples(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # attitudes with an object: PolNeAR annotates the object as what the holder feels about
        ("Many farmers distrust the new agency.", [("Many farmers", "distrust", "the new agency")]),
        ("The senator still senses anger among her supporters.", [("The senator", "still senses", "anger among her supporters")]),
        ("Most nurses respect the new director.", [("Most nurses", "respect", "the new director")]),
        # public actions on a position
        ("The governor vetoed the spending bill.", [("The governor", "vetoed", "the spending bill")]),
        ("Two senators sponsored the reform.", [("Two senators", "sponsored", "the reform")]),
        ("The union embraced the proposal.", [("The union", "embraced", "the proposal")]),
        # asserting a connection, or weighing a risk up or down
        ("Experts linked the outage to a hacking group.", [("Experts", "linked", "the outage to a hacking group")]),
        ("The study attributed the decline to pollution.", [("The study", "attributed", "the decline to pollution")]),
        ("The minister overstated the risk of flooding.", [("The minister", "overstated", "the risk of flooding")]),
    ],
)
def test_attitude_and_position_verbs(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The dog sensed the storm.",  # no source-like subject
        "The storm vetoed nothing.",
        "A new bridge links the two towns.",
    ],
)
def test_no_attitude_claim_without_a_source(nlp, text):
    assert triples(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # an infinitive parsed as a purpose clause
        (
            "The city may raise taxes or decline to renew the contract.",
            [("The city", "decline", "to renew the contract")],
        ),
        # a gerund in the cue's own adjunct does not take the clause after it
        (
            "He admitted under questioning he had not read the report.",
            [("He", "admitted", "he had not read the report")],
        ),
        # a that-clause hung on the verb governing an infinitive cue
        (
            "The nominee continues to insist, most recently in an interview, that he wants to release his taxes.",
            [("The nominee", "to insist", "he wants to release his taxes")],
        ),
    ],
)
def test_complements_of_subordinate_cues(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a gerund object, parsed as a verb complement
        ("The mayor defended raising the parking fees.", [("The mayor", "defended", "raising the parking fees")]),
        ("The minister has often cited cutting red tape as a priority.", [("The minister", "has often cited", "cutting red tape as a priority")]),
        # an 'as X noted' clause whose comma the parser hangs inside it
        (
            "As one reader pointed out with a simple chart, the gap between the two plans is vast.",
            [("one reader", "pointed out", "the gap between the two plans is vast.")],
        ),
        # publishing a document is putting its content forward
        ("The newspaper published the leaked memo on Sunday.", [("The newspaper", "published", "the leaked memo")]),
    ],
)
def test_gerund_objects_inserted_clauses_and_publishing(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She kept asking questions.",  # not a cue verb
        "The book was published in 1990.",  # a bare passive says nothing of its subject
    ],
)
def test_no_claim_from_gerunds_and_bare_publishing(nlp, text):
    assert triples(nlp, text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the subject of a passive cue is part of the infinitive content
        ("The treaty is expected to be ratified next month.", [(None, "is expected", "The treaty | to be ratified next month")]),
        ("The mayor was urged to resign.", [(None, "was urged", "The mayor | to resign")]),
        # a naming verb with what it calls its object
        ("The senator called the charges false.", [("The senator", "called", "the charges false")]),
        ("The senator labeled the governor a liar.", [("The senator", "labeled", "the governor a liar")]),
        # 'assume' with a clause is still a belief
        ("The lawyers assumed that the money was safe.", [("The lawyers", "assumed", "the money was safe")]),
        # a clause-only verb still reports a clause, and a deliberation verb keeps its object
        ("The statement read: we will not surrender.", [("The statement", "read", "we will not surrender")]),
        ("The senator weighed the options.", [("The senator", "weighed", "the options")]),
    ],
)
def test_passive_infinitives_and_naming(nlp, text, expected):
    assert triples(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The council called an emergency meeting.",  # a naming verb without a name: convening
        "The company labeled the jars.",
        "The new minister assumed her post on Monday.",  # taking on, not supposing
        "The rebels will continue their attacks.",  # a clause-only verb with a noun object
        "The mayor denied it.",  # a bare pronoun says nothing a reader can use
        "The governor talked about it.",
        "It was first proposed by the governor.",
        "The activist, who was gasping on the sidewalk, said before he died.",  # a time clause is no content
        "Ten journalists were admitted as well as two diplomats.",  # 'as well as' is no predicate
        "The senator worked so hard that she fell ill.",  # a result clause is no proposition
        "The company grew so quickly that its founders lost control.",
        "She was reading the campaign's outline of the policy.",  # reading a document is no claim
        "The candidate weighs 236 pounds.",  # a measure is no content
    ],
)
def test_no_claim_from_literal_objects_and_bare_pronouns(nlp, text):
    assert triples(nlp, text) == []


def test_a_stray_line_break_inside_the_reported_clause_does_not_cut_it(nlp):
    text = "On the transfer, the coach revealed Madrid\n\ndid\n\nask about the striker last summer."
    assert triples(nlp, text) == [("the coach", "revealed", "Madrid\n\ndid\n\nask about the striker last summer")]
