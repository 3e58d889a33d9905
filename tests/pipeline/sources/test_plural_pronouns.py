"""Whom "they" speaks for: a plural subject or passive agent of the main clause before it, ahead
of a plural subject inside a clause it embeds (pipeline/sources/antecedents.py)."""

from tests.pipeline.claim_sources import mention_name


def test_they_is_the_main_subject_not_the_subject_of_the_clause_it_embeds(nlp):
    text = (
        "The Conservatives insisted they would hold ministers to account over the precise purpose of the scheme.\n\n"
        "They said they would also press Labour over whether objectives could be met."
    )
    assert mention_name(nlp, text)[-1] == ("They", "Conservatives")


def test_they_is_the_agent_of_a_passive_main_clause(nlp):
    text = (
        "The bill, which ministers claim will tackle crime, is expected to be opposed by the Liberal Democrats.\n\n"
        'They have said the scheme is "deeply flawed" and a waste of money.'
    )
    assert mention_name(nlp, text)[-1] == ("They", "Liberal Democrats")


def test_they_inside_a_clause_is_the_subject_of_that_clause(nlp):
    text = (
        "High profile cases in which employees have been sacked for what they have said on their blogs"
        " have highlighted the muddy situation."
    )
    assert ("they", "employees") in mention_name(nlp, text)


def test_they_is_the_nearest_subject_when_the_main_one_has_not_spoken(nlp):
    text = (
        "Linux and the open source software movement are based on the premise that developers should be free"
        " to tinker with the core components of software programs. They reason that more open scrutiny of"
        " software produces better programs."
    )
    assert mention_name(nlp, text)[-1] == ("They", "developers")


def test_they_is_not_the_agent_of_a_participle(nlp):
    text = (
        "Twenty-seven states led by coal-producer West Virginia and industry groups are challenging the rules"
        " before 10 judges. They argue that the agency overstepped its authority."
    )
    assert mention_name(nlp, text)[-1] == ("They", "Twenty-seven states")


def test_they_is_not_the_noun_whose_phrase_holds_it(nlp):
    text = (
        "Obama and Clinton continue to ignore the reality that a terror campaign is being executed by the very"
        " people they refuse to define."
    )
    assert ("they", "Obama and Clinton") in mention_name(nlp, text)


def test_they_is_never_a_plural_of_things(nlp):
    text = (
        "Authorities will decide final figures on Thursday when projected increases will be more than twice"
        " the rate of inflation. The finance minister has urged councils to limit increases but they have"
        " warned that they will struggle to maintain services unless funding is increased."
    )
    assert ("they", "projected increases") not in mention_name(nlp, text)
    assert ("they", "Authorities") in mention_name(nlp, text)


def test_it_is_never_a_set_of_people(nlp):
    text = (
        "Mr Wang said his team would be looking at adjusting parking prices.\n\n"
        "Sports fans who drive to matches may also find themselves the target of the commission's road rage."
        " It wants them to use public transport."
    )
    assert all(name != "Sports fans" for mention, name in mention_name(nlp, text) if mention == "It")
