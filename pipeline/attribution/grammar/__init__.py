"""The grammar patterns share: cue verbs and their tokens, clausal complements, cue objects and
who speaks through a cue verb."""
