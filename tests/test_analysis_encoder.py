"""The NumPy kinds encoder: its tokenizer, its int8 weights, and batching that changes no result."""
import numpy as np

from onrecord.analysis.encoder import LAYERS, KindsEncoder, WordPieces, dequantize, quantize, shipped_encoder
from onrecord.analysis.kinds import KINDS, encoder_texts

VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "the", "mayor", "said", "cafe", "deja", "vu", "-", "!", ":", "“",
              "”", "re", "##open", "##ed", "##s", "north", "北", "."]


def pieces(text):
    tokenizer = WordPieces(VOCABULARY)
    return [VOCABULARY[n] for n in tokenizer.pieces(text)]


def test_word_pieces_lower_case_strip_accents_and_split_punctuation():
    assert pieces("The MAYOR said: “Café déjà-vu!”") == [
        "the", "mayor", "said", ":", "“", "cafe", "deja", "-", "vu", "!", "”"]


def test_word_pieces_take_the_longest_known_piece_and_mark_unknown_words():
    assert pieces("reopened reopens") == ["re", "##open", "##ed", "re", "##open", "##s"]
    assert pieces("northwards") == ["[UNK]"]  # no piece covers "wards"
    assert pieces("北京") == ["北", "[UNK]"]  # Chinese characters are words of their own
    assert pieces("a\u200bb\x00") == ["[UNK]"]  # control and format characters are dropped


def test_a_pair_is_cut_from_its_longer_part_to_fit():
    tokenizer = WordPieces(VOCABULARY)
    ids, segments = tokenizer.pair("the mayor said", "the " * 20, limit=10)
    words = [VOCABULARY[n] for n in ids]
    assert words == ["[CLS]", "the", "mayor", "said", "[SEP]", "the", "the", "the", "the", "[SEP]"]
    assert segments == [0] * 5 + [1] * 5


def test_int8_weights_stay_close_to_the_float_ones():
    rng = np.random.default_rng(3)
    weights = {"l0.q.w": rng.normal(size=(16, 8)), "emb.word": rng.normal(size=(30, 8)), "l0.q.b": rng.normal(size=8)}
    restored = dequantize(quantize(weights))
    for name, value in weights.items():
        bound = np.abs(value).max() / 127 if value.ndim == 2 else 1e-6
        assert np.abs(restored[name] - value).max() <= bound
    assert quantize(weights)["l0.q.w.q"].dtype == np.int8


def random_encoder(width=24):
    rng = np.random.default_rng(0)
    weights = {"emb.word": rng.normal(size=(len(VOCABULARY), width)), "emb.pos": rng.normal(size=(64, width)),
               "emb.type": rng.normal(size=(2, width)), "emb.ln.g": np.ones(width), "emb.ln.b": np.zeros(width),
               "head.w": rng.normal(size=(width, 3)), "head.b": np.zeros(3)}
    for layer in range(LAYERS):
        for short, shape in (("q", (width, width)), ("k", (width, width)), ("v", (width, width)),
                             ("o", (width, width)), ("i", (width, 2 * width)), ("f", (2 * width, width))):
            weights[f"l{layer}.{short}.w"] = rng.normal(size=shape) / np.sqrt(shape[0])
            weights[f"l{layer}.{short}.b"] = np.zeros(shape[1])
        for norm in ("ln1", "ln2"):
            weights[f"l{layer}.{norm}.g"], weights[f"l{layer}.{norm}.b"] = np.ones(width), np.zeros(width)
    return KindsEncoder(weights, VOCABULARY, ["a", "b", "c"])


def test_padding_in_a_batch_changes_no_input_s_probabilities():
    encoder = random_encoder()
    texts = [("the mayor said", "."), ("said : “the cafe reopened”", "the north reopens the cafe, the mayor said !"),
             ("the", "vu")]
    together = encoder.probabilities(texts, batch_size=3)
    apart = np.vstack([encoder.probabilities([text]) for text in texts])
    assert np.allclose(together, apart, atol=1e-6)
    assert np.allclose(together.sum(axis=1), 1.0)
    assert not np.allclose(together[0], together[1])


def test_the_shipped_encoder_reads_every_kind_and_an_empty_content():
    encoder = shipped_encoder()
    assert sorted(encoder.classes) == sorted(KINDS)
    probabilities = encoder.probabilities([encoder_texts("", ""), encoder_texts("“We will repave the road,”", "said")])
    assert probabilities.shape == (2, len(KINDS)) and np.allclose(probabilities.sum(axis=1), 1.0)
    assert encoder.classes[int(probabilities[1].argmax())] == "commitment"


def test_a_saved_encoder_loads_back_and_reads_as_before(tmp_path):
    from onrecord.analysis.train_encoder import save

    encoder = random_encoder()
    save(encoder, tmp_path)
    loaded = KindsEncoder.load(tmp_path)
    assert loaded.classes == encoder.classes and loaded.tokenizer.index == encoder.tokenizer.index
    texts = [("said : the mayor reopened the cafe", "."), ("the north", "vu !")]
    assert np.allclose(loaded.probabilities(texts), encoder.probabilities(texts), atol=0.05)
