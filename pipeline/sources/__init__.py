"""Source resolution: who a claim's source mention is.

`kinds` says whether a mention can speak and what kind of source it is (lexicons plus NER), and
gives its canonical name; `roles` finds speakers the grammar hides (passive agents, controllers,
issuers of a document); `mentions` expands a head token to the mention as written; `phrases` reads
a name off the phrase's shape (descriptors, issuers, described plurals, tidy edges); `shares` names
a surveyed population's share ("16% said") by the population; `names` (with `written_names`, how
the text writes names) and `descriptions` give the fullest name and what a description stands for (`leads`: a lead's
description named in the sentences after it); `coreference` links the
mentions of one document to their referents; `merge` keys sources across documents.
"""
