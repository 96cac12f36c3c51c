"""One case (zaak) in its tab: steps, persons, evidence, talks, measures, tasks, letters."""
