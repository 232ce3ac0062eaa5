"""The learned line scorer: which lines of a text capture are the article's body.

A logistic regression over each line's features in context (features.py), its weights shipped
as data (resources/textlines/body.json, made by benchmarks/train_text_model.py from the tune
half of the text dev set; the note beside it says how). Inference is a dot product per line.
The body is then the maximum-sum run of the lines' scores, (probability − ``run_threshold``)
times the square root of their word count, with the lines inside the run kept when their
probability reaches ``keep_threshold`` (a promo or a caption inside the article is dropped).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache

from sidebyside.extract.text.features import FEATURES
from sidebyside.resources import read_resource_text


@dataclass(frozen=True)
class LineModel:
    weights: tuple[float, ...]
    bias: float
    run_threshold: float
    keep_threshold: float

    def probabilities(self, rows: list[tuple[int, list[float]]]) -> list[float]:
        weights, bias = self.weights, self.bias
        out = []
        for _, row in rows:
            z = bias + sum(w * x for w, x in zip(weights, row) if x)
            out.append(1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0)
        return out


@lru_cache(maxsize=4)
def load_model(name: str = "body") -> LineModel:
    """The shipped model; its features must be the ones features.py computes, in order."""
    data = json.loads(read_resource_text(f"textlines/{name}.json"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"textlines/{name}.json was made for other features: rebuild it "
                         "(benchmarks/train_text_model.py)")
    return LineModel(tuple(data["weights"]), data["bias"], data["run_threshold"], data["keep_threshold"])


def chosen_lines(rows: list[tuple[int, list[float]]], probs: list[float], words: list[int],
                 model: LineModel) -> list[int]:
    """The indices of the body's lines: the best run of scores, its weak lines left out."""
    best = total = 0.0
    best_start = best_end = start = -1
    t = model.run_threshold
    for k, (p, n) in enumerate(zip(probs, words)):
        if total <= 0:
            total, start = 0.0, k
        total += (p - t) * math.sqrt(max(n, 1))
        if total > best:
            best, best_start, best_end = total, start, k
    if best_start < 0:
        return []
    keep = model.keep_threshold
    return [rows[k][0] for k in range(best_start, best_end + 1) if probs[k] >= keep]
