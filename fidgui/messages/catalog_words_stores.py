"""English sentences of the reference library and the history that were written inline before (issue 11).

The English is unchanged. ``reference_incompatible`` is assembled from small parts (who, which mode, which
model, what to do) because each part varies on its own; each part is translated as a phrase.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    "reference_incompatible": "{subject} was computed in {ours} with model {their_model}; this comparison uses "
    "'{mode}' mode with model {our_model}; {advice} or recompute the reference.",
    "reference_subject_named": "The reference '{name}'",
    "reference_subject_unnamed": "These statistics",
    "reference_in_mode": "'{mode}' mode",
    "reference_in_unrecorded_mode": "an unrecorded mode",
    "reference_model_hash": "{sha}…",
    "reference_model_unrecorded": "of unrecorded origin",
    "reference_advice_mode_and_model": "choose the same mode and model",
    "reference_advice_mode": "choose the same mode",
    "reference_advice_model": "use the same model",
    "reference_name_empty": "A reference needs a name; type one, for example 'FFHQ 1024 train, pytorch-fid mode'.",
    "reference_name_too_long": "That name is {length} characters long; choose one of at most {limit}.",
    "reference_name_control": "A reference name cannot contain control characters; type it again without them.",
    "reference_sidecar_unreadable": "The reference description {name} could not be read ({reason}); it is left "
    "out of the list. Delete it, or import its .npz file again under a new name.",
    "reference_not_found": "No saved reference is called '{name}'; the library holds {names}. Choose one of "
    "those or compute the statistics from the folder.",
    "reference_not_found_empty": "No saved reference is called '{name}'; the library is empty. Save one or "
    "compute the statistics from the folder.",
    "reference_mode_missing": "These statistics do not say which mode made them; import the file with its mode "
    "stated instead.",
    "reference_mode_unknown": "'{mode}' is not a mode fidgui knows; choose one of {modes}.",
    "reference_mode_differs": "{name} says it was computed in '{found}' mode, not '{mode}'; import it as "
    "'{found}', or recompute the reference in '{mode}' mode.",
    "reference_model_differs": "{name} says it was computed with model {found}, not {model}; import it without "
    "stating a model, or recompute the reference.",
    "reference_mode_unstated": "{name} does not say which mode made it (pytorch-fid and TTUR files never do); "
    "state it: 'pytorch-fid' for files from pytorch-fid, 'tensorflow' for files from TTUR, 'clean' for clean-fid.",
    "reference_width_mismatch": "{name} holds statistics of {width} features, but FID compares the {expected} "
    "pool3 features; recompute it with the default number of dimensions (pytorch-fid --dims {expected}).",
    "reference_not_finite": "{name} holds values that are not finite numbers; it is damaged, so recompute it.",
    "reference_name_taken": "A reference called '{name}' already exists (saved {date}); choose another name, or "
    "delete the old one first.",
    "reference_delete_failed": "The reference '{name}' could not be deleted ({reason}); close programs that use "
    "{file} and try again.",
    "reference_save_failed": "The reference '{name}' could not be saved in {folder} ({reason}); free some disk "
    "space or check that folder's permissions, then try again.",
    "history_unusable": "The comparison history at {path} could not be read or written ({reason}); close other "
    "fidgui windows that may be using it and try again.",
}
