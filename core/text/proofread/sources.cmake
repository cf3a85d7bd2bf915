# Spell checking and proofreading (issue 4). Kept by whoever works on core/text/proofread.
