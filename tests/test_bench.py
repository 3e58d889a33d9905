"""The benchmark's synthetic corpus: new texts made of real paragraphs, deterministic."""

from assets.bench import corpus_size, synthesize_corpus
from pipeline.ingest.dedup import Deduplicator
from pipeline.ids import doc_id


def write_source(folder, count=6):
    folder.mkdir()
    for i in range(count):
        paragraphs = [f"Headline {i}"] + [
            f"Paragraph {j} of story {i} says that officials met on day {j} to discuss item {i * 10 + j}."
            for j in range(4)
        ]
        (folder / f"{i:03d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return folder


def test_synthesized_articles_are_new_distinct_texts(tmp_path):
    source = write_source(tmp_path / "source")
    target = synthesize_corpus(source, tmp_path / "synthetic", 10)
    texts = [p.read_text(encoding="utf-8") for p in sorted(target.iterdir())]
    assert len(texts) == 10
    dedup = Deduplicator()
    kept = 0
    for text in texts:
        if dedup.duplicate_of(doc_id(text), text) is None:
            dedup.add(doc_id(text), text)
            kept += 1
    assert kept >= 8  # recombined paragraphs rarely repeat an article closely enough to be a duplicate


def test_synthesis_is_deterministic_and_sized(tmp_path):
    source = write_source(tmp_path / "source")
    first = synthesize_corpus(source, tmp_path / "a", 5)
    second = synthesize_corpus(source, tmp_path / "b", 5)
    assert [p.read_text() for p in sorted(first.iterdir())] == [p.read_text() for p in sorted(second.iterdir())]
    documents, words = corpus_size(first, None)
    assert documents == 5 and words > 5 * 20
