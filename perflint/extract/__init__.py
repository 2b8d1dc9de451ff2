"""Extraction: turn the model's text into facts checks can reason about (numbers with units,
years and dates, heading numbering, indicator rows, totals relations). Checks call these and
never parse raw text themselves."""
