"""Typed events (who did what to whom, where, when) from parsed news text."""

from pipeline.events.extract import extract_events

__all__ = ["extract_events"]
