"""One strict reader for the project's YAML files: the policy and the runner profiles.

A YAML parser forgives what a configuration must not: a key written twice
keeps only its last value, silently, and a file that is a list or a single
string parses as well as a mapping. Either would let a policy be read as
something other than what its author meant, so both are refused here, for
every file the project reads, with one wording. What the keys of the mapping
may be is for each caller to check (``Policy.from_mapping``, ``profile_args``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from meeting_privacy.core.errors import ConfigError

__all__ = ["load_mapping"]


def load_mapping(
    path: str | Path, noun: str, error: type[ConfigError], entries: str = "keys to values"
) -> dict[Any, Any]:
    """The mapping the YAML file at ``path`` holds; an empty file gives ``{}``.

    Args:
        path: the file to read.
        noun: what the file is, for the messages (``"policy file"``, ``"options file"``).
        entries: what the mapping maps, for the message refusing a file that is no mapping.
        error: the :class:`ConfigError` subclass raised for an unreadable file, invalid YAML, a key
            given twice in one mapping (at any depth) or a top level that is not a mapping. Messages
            name the file, the line and the key, never a value.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as failure:
        raise error(f"cannot read {noun} {path} ({type(failure).__name__})") from None
    try:
        mapping = yaml.load(text, Loader=_UniqueKeyLoader)  # a SafeLoader: plain data only
    except _DuplicateKey as duplicate:
        raise error(f"{noun} {path} gives the key {duplicate.key} twice (line {duplicate.line})") from None
    except yaml.YAMLError as failure:
        mark = getattr(failure, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        raise error(f"{noun} {path} is not valid YAML{where}") from None
    if mapping is None:
        return {}
    if not isinstance(mapping, dict):
        raise error(f"{noun} {path} must be a mapping of {entries}")
    return mapping


class _DuplicateKey(Exception):
    def __init__(self, key: Any, line: int) -> None:
        super().__init__(key, line)
        self.key, self.line = key, line


class _UniqueKeyLoader(yaml.SafeLoader):
    """PyYAML's safe loader, refusing a key that a mapping gives twice (``<<`` merges still override)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen = set()
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            try:
                duplicate = key in seen
            except TypeError:  # an unhashable key: the safe loader refuses it below
                continue
            if duplicate:
                raise _DuplicateKey(key, key_node.start_mark.line + 1)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)
