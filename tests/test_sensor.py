"""The inbox sensor: a run for new or changed files, nothing for an unchanged inbox."""

import dagster as dg

from assets.automation import inbox_sensor
from assets.settings import NewsclaimsSettings


def tick(inbox, cursor=None):
    context = dg.build_sensor_context(cursor=cursor, resources={"settings": NewsclaimsSettings(input_paths=[str(inbox)])})
    return inbox_sensor(context), context


def test_new_files_request_a_run_and_an_unchanged_inbox_does_not(sample_inbox):
    first, _ = tick(sample_inbox)
    assert isinstance(first, dg.SensorResult) and len(first.run_requests) == 1
    second, _ = tick(sample_inbox, first.cursor)
    assert isinstance(second, dg.SkipReason)


def test_a_changed_file_gets_a_new_run_key(sample_inbox):
    first, _ = tick(sample_inbox)
    article = sample_inbox / "seed_article.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\n\nOne more paragraph was added.\n", encoding="utf-8")
    second, _ = tick(sample_inbox, first.cursor)
    assert isinstance(second, dg.SensorResult)
    assert second.run_requests[0].run_key != first.run_requests[0].run_key


def test_a_missing_inbox_is_skipped_with_a_reason(tmp_path):
    result, _ = tick(tmp_path / "missing")
    assert isinstance(result, dg.SkipReason) and "missing" in result.skip_message


def test_the_daily_schedule_requests_one_run_over_every_bucket():
    from assets.automation import daily_schedule
    from assets.partitions import ALL_BUCKETS_TAGS

    request = daily_schedule(dg.build_schedule_context())
    assert request.tags == ALL_BUCKETS_TAGS


def test_a_symlink_loop_or_a_fifo_in_the_inbox_does_not_stop_the_sensor(sample_inbox):
    import os

    (sample_inbox / "loop.txt").symlink_to(sample_inbox / "loop.txt")
    os.mkfifo(sample_inbox / "pipe.txt")
    first, _ = tick(sample_inbox)
    assert isinstance(first, dg.SensorResult) and len(first.run_requests) == 1
