"""The text layer: the one place text is understood before facts are extracted.

Drafts arrive with full- and half-width variants, PDF spaces inside words and numbers, and
pasted web text. Everything that compares text to a phrase, a term or a pattern goes through
:func:`perflint.text.normalise.fold`, which keeps a map back to the source offsets.
"""
