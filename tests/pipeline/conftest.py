import pytest
from pipeline.nlp import load_nlp

@pytest.fixture(scope="session")
def nlp():
    return load_nlp()
