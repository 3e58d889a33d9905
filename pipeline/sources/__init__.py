"""Source resolution: who a claim's source mention is.

`kinds` gives the kind of source a mention is (lexicons plus NER) and its canonical name, and
`source_like` whether it can speak at all; `roles` finds speakers the grammar hides (passive
agents, controllers, issuers of a document); `mentions` expands a head token to the mention as
written; `phrases` reads a name off the phrase's shape (descriptors, described plurals, tidy
edges); `documents` gives who speaks through a document (its issuer, owner or maker); `shares`
names a surveyed population's share ("16% said") by the population; `names` (with
`written_names`, how the text writes names) and `descriptions` give the fullest name and what a
description stands for (`leads`: a lead's description named in the sentences after it;
`no_referent`: mentions that name no one); `coreference` links the mentions of one document to
their referents (`antecedents`: what a pronoun stands for); `merge` keys sources across documents.
"""
