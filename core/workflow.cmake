# Review workflow, audit chain and scheduling (issue 6). Kept by whoever works on the workflow.
