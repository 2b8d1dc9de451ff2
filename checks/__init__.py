"""perflint's built-in checks, one family a folder, one rule a module.

Installed as ``perflint.checks`` and registered through the ``perflint.checks`` entry-point
group, exactly as a third-party plugin would be."""
