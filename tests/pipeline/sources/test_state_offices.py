"""Bodies of the state the model labels ORG (pipeline/sources/kinds.py `_is_state_office`,
described.py): a proper name headed by a state-office word, its short form, and a description
whose noun the agents dictionary puts in the government sector, are government sources."""

import pytest

from pipeline.attribution import extract_claims
from pipeline.models import SourceKind


def _sources(nlp, text):
    return [(c.source.name, c.source.kind) for c in extract_claims(nlp(text)) if c.source and c.source.name]


@pytest.mark.parametrize("text, name", [
    ("The Treasury said its plans were on track and funded until 2008.", "Treasury"),
    ("In October 2000 the US Customs Service said it had begun an investigation into the networks.", "US Customs Service"),
    ("The US Federal Bureau of Investigation said the attack came from abroad.", "US Federal Bureau of Investigation"),
])
def test_a_name_headed_by_a_state_office_word_is_a_government(nlp, text, name):
    assert (name, SourceKind.GOVERNMENT) in _sources(nlp, text)


def test_a_medium_s_service_stays_no_state_body(nlp):
    kinds = [kind for _, kind in _sources(nlp, "The BBC World Service said it would cut ten language services.")]
    assert kinds and SourceKind.GOVERNMENT not in kinds


def test_a_firm_s_services_stay_a_firm(nlp):
    kinds = [kind for _, kind in _sources(nlp, "Tata Consultancy Services said its profits rose by a fifth.")]
    assert kinds and SourceKind.GOVERNMENT not in kinds


def test_the_short_form_of_a_state_office_stays_a_government(nlp):
    text = ("In October 2000 the US Customs Service began an investigation into the networks. "
            "US Customs claimed Mr Griffiths was one of their leaders.")
    assert ("US Customs Service", SourceKind.GOVERNMENT) in _sources(nlp, text)


def test_the_court_described_after_its_name_is_a_government(nlp):
    text = ("Judges at the US Supreme Court have been hearing evidence for and against file-sharing networks. "
            "The court said it would decide whether the makers of the software can be held responsible.")
    assert ("US Supreme Court", SourceKind.GOVERNMENT) in _sources(nlp, text)



def test_a_court_named_in_full_elsewhere_stays_a_state_body(nlp):
    # "Court" expands to the "Court of Appeals" the document names, a state body like the short form
    text = ("Court rejects $280bn tobacco case\n\nThe court in Washington found that the case could not be brought under "
            "federal anti-racketeering laws. But the Court of Appeals for the District of Columbia ruled that the US "
            "government could not sue the firms.")
    assert {k for _, k in _sources(nlp, text)} == {SourceKind.GOVERNMENT}
