//! Sorting with one piece of code for every element type and order.
//!
//! `sort_unstable_by` is generic: each element type and comparison the home
//! page sorts by (the list's order, distance, search rank, provinces, years,
//! the search vocabulary, a day's hours) was a quicksort of its own, 2–3 KB
//! of wasm each and 22 KB in all, in the browser's first download. Here the
//! sort itself works on positions through a `dyn` comparison, compiled once;
//! what stays generic per type is a few swaps. The lists are small (at most
//! a few thousand words), so a merge sort through a function pointer costs
//! well under a millisecond.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, stably (equal items keep their order).
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = {
        let items = &*items;
        sorted_positions(items.len(), &mut |a, b| compare(&items[a], &items[b]))
    };
    permute(items, &order);
}

/// Sorts `items` by their own order.
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The positions `0..len` in the order `compare` gives them: a stable,
/// bottom-up merge sort.
fn sorted_positions(len: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut from: Vec<usize> = (0..len).collect();
    let mut into = vec![0; len];
    let mut width = 1;
    while width < len {
        let mut start = 0;
        while start < len {
            let middle = (start + width).min(len);
            let end = (start + 2 * width).min(len);
            let (mut left, mut right) = (start, middle);
            for slot in &mut into[start..end] {
                // The left run wins ties: that keeps the sort stable.
                let take_left = right == end
                    || (left < middle && compare(from[left], from[right]) != Ordering::Greater);
                *slot = if take_left {
                    left += 1;
                    from[left - 1]
                } else {
                    right += 1;
                    from[right - 1]
                };
            }
            start = end;
        }
        std::mem::swap(&mut from, &mut into);
        width *= 2;
    }
    from
}

/// Puts the item at `order[i]` at position `i`, by swaps. An item taken
/// from a position already filled was swapped on to where that position's
/// own item went, which the chain `order[j]` follows.
fn permute<T>(items: &mut [T], order: &[usize]) {
    for i in 0..items.len() {
        let mut source = order[i];
        while source < i {
            source = order[source];
        }
        items.swap(i, source);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator (xorshift), so failures repeat.
    fn numbers(seed: u64, len: usize, range: u64) -> Vec<u64> {
        let mut x = seed | 1;
        (0..len)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x % range
            })
            .collect()
    }

    #[test]
    fn sorts_as_the_standard_library_does_at_every_length() {
        for len in 0..300 {
            for (seed, range) in [(len as u64 + 1, 1_000_000), (len as u64 + 7, 4), (3, 1)] {
                let mut ours = numbers(seed, len, range);
                let mut std = ours.clone();
                sort(&mut ours);
                std.sort();
                assert_eq!(ours, std, "length {len}, range {range}");
            }
        }
    }

    #[test]
    fn equal_items_keep_their_order() {
        // Sorted by key only: the tag shows where each item came from.
        let mut items: Vec<(u64, usize)> = numbers(42, 1000, 10).into_iter().zip(0..).collect();
        let mut std = items.clone();
        sort_by(&mut items, |a, b| a.0.cmp(&b.0));
        std.sort_by(|a, b| a.0.cmp(&b.0));
        assert_eq!(items, std);
    }

    #[test]
    fn sorts_owned_strings_by_any_order() {
        let mut words: Vec<String> = numbers(9, 500, 50)
            .iter()
            .map(|n| format!("w{n}"))
            .collect();
        let mut std = words.clone();
        sort_by(&mut words, |a, b| b.cmp(a));
        std.sort_by(|a, b| b.cmp(a));
        assert_eq!(words, std);
    }

    #[test]
    fn already_sorted_and_reversed_inputs() {
        let mut up: Vec<u32> = (0..1000).collect();
        let mut down: Vec<u32> = (0..1000).rev().collect();
        sort(&mut up);
        sort(&mut down);
        assert_eq!(up, (0..1000).collect::<Vec<_>>());
        assert_eq!(down, up);
    }
}
