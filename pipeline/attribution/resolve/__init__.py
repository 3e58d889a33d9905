"""Settling the candidate frames of all patterns into claims: cue conflicts, nesting, non-claims
and quote attachment."""
