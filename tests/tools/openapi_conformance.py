#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Madoguchi contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks real answers of the office server against its OpenAPI 3.1 document.

usage: openapi_conformance.py OPENAPI.json EXCHANGES.json

EXCHANGES.json is {"exchanges": [{method, path, status, contentType, body?}], "messages": [{stream,
message}]}, as tests/integration/test_openapi.cpp records them. Each answer must be one the
document gives for its operation and status (or "default"), with a body its schema accepts; each
stream message must match the stream's schema (x-madoguchi-streams). Every operation must have been
answered with success at least once, so a new route cannot go undocumented by the tour. Prints what
does not fit, or "valid", and exits 1 or 0.
"""
import json
import re
import sys

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

METHODS = ("get", "post", "put", "delete", "patch")


def resolve(node, document, seen=()):
    """The schema with every local $ref replaced by what it points at."""
    if isinstance(node, dict):
        if "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/") or ref in seen:
                raise SystemExit(f"unsupported or recursive $ref {ref}")
            target = document
            for part in ref[2:].split("/"):
                target = target[part]
            merged = {k: v for k, v in node.items() if k != "$ref"}
            return {**resolve(target, document, seen + (ref,)), **resolve(merged, document, seen)}
        return {k: resolve(v, document, seen) for k, v in node.items()}
    if isinstance(node, list):
        return [resolve(v, document, seen) for v in node]
    return node


def mismatches(schema, value):
    """What does not fit, each with where in the value; for a choice (oneOf), the closest branch's why."""
    texts = []
    for error in Draft202012Validator(schema).iter_errors(value):
        if error.context:
            error = best_match(error.context)
        pointer = "/".join(str(p) for p in error.absolute_path)
        texts.append(f"at /{pointer}: {error.message[:300]}")
    return texts


def operations(document):
    """(method, compiled path pattern, template, operation) for each operation."""
    for template, item in document["paths"].items():
        pattern = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
        for method in METHODS:
            if method in item:
                yield method, pattern, template, item[method]


def main():
    document = json.load(open(sys.argv[1], encoding="utf-8"))
    tour = json.load(open(sys.argv[2], encoding="utf-8"))
    problems = []
    if not str(document.get("openapi", "")).startswith("3.1"):
        problems.append(f"the document is OpenAPI {document.get('openapi')}, not 3.1 (JSON Schema 2020-12)")
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        try:
            Draft202012Validator.check_schema(resolve(schema, document))
        except Exception as error:  # noqa: BLE001 — any defect of the schema is reported
            problems.append(f"schema {name} is not valid JSON Schema: {error}")

    known = list(operations(document))
    succeeded = set()
    for exchange in tour["exchanges"]:
        method = exchange["method"].lower()
        path = exchange["path"].split("?")[0]
        status = str(exchange["status"])
        where = f"{exchange['method']} {exchange['path']} → {status}"
        matches = [op for op in known if op[0] == method and op[1].match(path)]
        if not matches:
            if status not in ("404", "405"):
                problems.append(f"{where}: no operation of the document matches")
            continue
        _, _, template, operation = matches[0]
        responses = operation["responses"]
        response = responses.get(status) or responses.get("default")
        if response is None:
            problems.append(f"{where}: the document gives no response {status} (nor a default) for {template}")
            continue
        response = resolve(response, document)
        if status.startswith("2"):
            succeeded.add((method, template))
        content = response.get("content")
        if not content:
            if exchange.get("body") is not None or exchange.get("text"):
                problems.append(f"{where}: the document says no body, the server sent one")
            continue
        if "application/json" not in content:
            continue
        if not exchange["contentType"].startswith("application/json"):
            problems.append(f"{where}: Content-Type {exchange['contentType']!r}, the document says application/json")
            continue
        schema = content["application/json"].get("schema")
        if schema is None:
            problems.append(f"{where}: the document gives no schema for the body")
            continue
        problems += [f"{where}: {text}" for text in mismatches(schema, exchange.get("body"))]

    streams = resolve(document.get("x-madoguchi-streams", {}), document)
    for entry in tour.get("messages", []):
        stream = entry["stream"]
        if stream not in streams:
            problems.append(f"stream {stream}: not described in x-madoguchi-streams")
            continue
        where = f"stream {stream} message {json.dumps(entry['message'])[:120]}"
        problems += [f"{where}: {text}" for text in mismatches(streams[stream]["message"], entry["message"])]

    for method, _, template, operation in known:
        if (method, template) not in succeeded and not operation.get("x-websocket"):
            problems.append(f"{method.upper()} {template}: the tour never saw it succeed")

    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {len(tour['exchanges'])} answers and {len(tour.get('messages', []))} messages")
        return 1
    print(f"valid: {len(tour['exchanges'])} answers and {len(tour.get('messages', []))} stream messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
