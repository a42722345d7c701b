"""Word lists as one prefix-trie regular expression.

A naive alternation ``a|ab|abc|…`` makes the regex engine try every word at
every position; a trie pattern shares prefixes (``a(?:b(?:c)?)?``), so each
position costs about one character comparison per level. The longest word
wins at each position, as the optional groups are greedy.

>>> trie_pattern(["قال", "قالت", "أكد"])
'(?:أكد|قال(?:ت)?)'
>>> import re
>>> re.compile(trie_pattern(["ab", "abc", "b"])).findall("abcab b")
['abc', 'ab', 'b']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["build_trie", "trie_pattern"]

_END = ""  # the key marking that a word ends at this node


def build_trie(words: Iterable[str]) -> dict[str, Any]:
    """A character trie of ``words`` (empty words are skipped)."""
    root: dict[str, Any] = {}
    for word in words:
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return root


def _node_pattern(node: dict[str, Any]) -> str:
    """The pattern for everything below ``node`` ("" when only the end marker is there)."""
    branches: list[str] = []
    leaves: list[str] = []  # single characters that end a word and go no further
    for char in sorted(key for key in node if key != _END):
        child = node[char]
        below = _node_pattern(child)
        if below == "" and _END in child:
            leaves.append(char)
        else:
            branches.append(re.escape(char) + below)
    if leaves:
        if len(leaves) == 1:
            branches.append(re.escape(leaves[0]))
        else:
            branches.append("[" + "".join(_class_escape(c) for c in leaves) + "]")
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END in node:
        return "(?:" + body + ")?"
    return body


def _class_escape(char: str) -> str:
    return "\\" + char if char in "\\]^-[" else char


def trie_pattern(words: Iterable[str]) -> str:
    """One regular expression (for ``re`` or ``regex``) matching any of ``words``.

    Raises ValueError when there is no non-empty word.
    """
    trie = build_trie(words)
    if not trie:
        raise ValueError("no words to build a pattern from")
    pattern = _node_pattern(trie)
    # The root is never an end (empty words are skipped), so no optional group wraps it;
    # make the top level a group so it can be embedded safely.
    return pattern if pattern.startswith("(?:") else "(?:" + pattern + ")"
