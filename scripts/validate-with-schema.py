#!/usr/bin/env python3
"""Checks JSON or YAML inputs against a schema printed by `dossier schema TEMPLATE` (JSON Schema draft 2020-12),
with an independent validator (Python's jsonschema). Prints `FILE: valid`, or `FILE: PATH: message` for each error;
exits 1 when some file is invalid, 2 on bad usage. Used by the tests; handy before handing inputs over.

    dossier schema oia > oia.schema.json
    scripts/validate-with-schema.py oia.schema.json Samples/kenya-oia.json
"""
import json
import sys

from jsonschema import Draft202012Validator


def load(path):
    with open(path, encoding="utf-8") as f:
        if path.endswith((".yaml", ".yml")):
            import yaml  # PyYAML, only for YAML inputs
            return yaml.safe_load(f)
        return json.load(f)


def main(argv):
    if len(argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema = load(argv[1])
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema)
    status = 0
    for path in argv[2:]:
        errors = sorted(validator.iter_errors(load(path)), key=lambda e: list(map(str, e.absolute_path)))
        if not errors:
            print(f"{path}: valid")
            continue
        status = 1
        for e in errors:
            where = ""
            for part in e.absolute_path:
                where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
            print(f"{path}: {where or '(root)'}: {e.message}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
