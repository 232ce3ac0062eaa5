from sidebyside.ui.scrollsync import map_position, monotonic_anchors


def test_maps_piecewise_linearly_between_anchors():
    anchors = monotonic_anchors([(100, 300), (200, 400)], 1000, 500)
    assert anchors == [(0, 0), (100, 300), (200, 400), (1000, 500)]
    assert map_position(anchors, 50) == 150
    assert map_position(anchors, 150) == 350
    assert map_position(anchors, 600) == 450
    assert map_position(anchors, 350, reverse=True) == 150


def test_crossing_pairs_are_dropped_to_keep_the_map_monotonic():
    anchors = monotonic_anchors([(100, 100), (200, 50), (300, 300), (400, 350)], 1000, 1000)
    bs = [b for _a, b in anchors]
    assert bs == sorted(bs)
    assert [a for a, _b in anchors] == sorted(a for a, _b in anchors)
    assert len(anchors) == 5  # one of the two crossing pairs is dropped, the rest kept
    assert (300, 300) in anchors and (400, 350) in anchors


def test_no_pairs_maps_proportionally():
    anchors = monotonic_anchors([], 1000, 500)
    assert map_position(anchors, 500) == 250
