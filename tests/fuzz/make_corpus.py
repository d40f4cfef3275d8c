#!/usr/bin/python3
"""Writes the seed inputs of the fuzz targets (tests/fuzz/corpus/<target>/). Run with Debian's python3
(numpy and torch from python3-numpy and python3-torch). The dataset cache seeds come from make_cache_seeds.cpp.
Layouts: see tests/fuzz/fuzz_harnesses.h (0x1E separates the files of one input)."""
import io
import os
import zipfile

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
RS = b"\x1e"


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


# CSV / TSV records: separator byte (odd: tab), block-size byte, then the file.
write("csv", "plain", b"\x00\x05a,b,c\n1,2,3\n4,5,6\n")
write("csv", "quoted", b'\x00\x03"x,y","multi\nline",z\r\n"q""uote",2\n,,\n')
write("csv", "tabs", b'\x01\x07a\tb\n"c\td"\te\n\n\nlast')
write("csv", "bom_crlf", b"\x00\x02\xef\xbb\xbfh1,h2\r\nv1,v2\r\n\r\n")
write("csv", "broken_quotes", b'\x00\x04a,"unterminated\nb,c\n"x"y,z\n')

# Open Images: options byte, class descriptions, human labels, machine labels, trainable classes.
descriptions = b'LabelName,DisplayName\n/m/a,Apple\n/m/b,"Banana, yellow"\n/m/c,Cherry\n'
human = (b"ImageID,Source,LabelName,Confidence\n"
         b"0000000000000001,verification,/m/a,1\n"
         b"0000000000000001,verification,/m/b,0\n"
         b"0000000000000002,verification,/m/c,1\n"
         b"0000000000000003,verification,/m/new,1\n"
         b"zz,verification,/m/a,1\n"
         b"0000000000000004,verification,/m/a,0.5\n")
machine = (b"ImageID,Source,LabelName,Confidence\n"
           b"0000000000000002,machine,/m/a,0.7\n"
           b"0000000000000001,machine,/m/b,0.2\n")
write("open_images", "full", b"\x07" + descriptions + RS + human + RS + machine + RS + b"/m/a\n/m/b\r\n")
write("open_images", "headerless", b"\x00/m/a,Apple\n" + RS + b"0000000000000001,src,/m/a,1\n0000000000000002,src,/m/a,0\n")
write("open_images", "reordered_columns", b"\x01" + RS + b"LabelName,Confidence,ImageID\n/m/x,1,00000000000000ff\n")

# COCO: instances_train2017.json, then optionally instances_val2017.json.
coco = b"""{"info": {"year": 2017}, "images": [
 {"id": 1, "file_name": "000001.jpg", "width": 640, "height": 480},
 {"id": 2, "file_name": "sub/../000002.jpg"},
 {"id": 3, "file_name": "../../outside.jpg"},
 {"id": "4", "file_name": "x.jpg"}],
 "annotations": [
 {"id": 10, "image_id": 1, "category_id": 1, "bbox": [1, 2, 3, 4], "segmentation": [[1, 2, 3, 4]]},
 {"id": 11, "image_id": 2, "category_id": 2},
 {"id": 12, "image_id": 9, "category_id": 1},
 {"id": 13, "image_id": 1}],
 "categories": [{"id": 1, "name": "person"}, {"id": 2, "name": "bicycle"}, {"id": 3}]}
"""
write("coco", "instances", coco)
write("coco", "two_files", coco + RS + b'{"images": [{"id": 1, "file_name": "v.jpg"}], "annotations": [], "categories": []}')
write("coco", "truncated", coco[: len(coco) // 2])

# Lists: extension byte (0 .csv, 1 .tsv, 2 .txt), then the list.
write("list", "header", b"\x00path,tags,split\na.jpg,cat|dog,train\nsub/b.jpg,dog,val\n../x.jpg,cat\n\"c,d.jpg\",bird,test\n")
write("list", "tabs", b"\x01a.jpg\tcat dog\nsub/b.jpg\tdog\n")
write("list", "semicolons", b"\x02a.jpg,cat;dog,extra;tags\n/abs/elsewhere.jpg,cat\n")


def npy(array, **kwargs):
    out = io.BytesIO()
    np.lib.format.write_array(out, array, **kwargs)
    return out.getvalue()


write("npy", "float32", npy(np.arange(6, dtype=np.float32).reshape(2, 3)))
write("npy", "int64", npy(np.array([1, -2, 3], dtype=np.int64)))
write("npy", "bool", npy(np.array([[True, False]], dtype=np.bool_)))
write("npy", "float64_v2", npy(np.array([0.5, 1.5]), version=(2, 0)))
write("npy", "scalar", npy(np.array(7, dtype=np.uint8)))

# LibTorch archives: what torch.save writes (the layout of a checkpoint), a plain ZIP, and a cut one.
checkpoint = io.BytesIO()
torch.save({"epoch": torch.tensor(3), "best_map": torch.tensor(41.5, dtype=torch.float64)}, checkpoint)
write("torch_archive", "checkpoint", checkpoint.getvalue())
write("torch_archive", "truncated", checkpoint.getvalue()[:200])
plain = io.BytesIO()
with zipfile.ZipFile(plain, "w") as z:
    z.writestr("readme.txt", "not a model")
    z.writestr("folder/data.pkl", b"\x80\x02}q\x00.")
write("torch_archive", "plain_zip", plain.getvalue())
legacy = io.BytesIO()
torch.save({"x": 1}, legacy, _use_new_zipfile_serialization=False)
write("torch_archive", "legacy_pickle", legacy.getvalue())

# Run configs: what tagscope-cli train --config reads.
write("training_config", "minimal", b'{"dataset": "demo"}')
write("training_config", "full", b"""{"dataset": "/data/demo", "train_split": "train", "val_split": "validation",
 "backbone": {"name": "resnet18", "input_size": 64, "drop_path": 0.1, "zero_init_residual": true},
 "loss": "asl", "loss_params": {"gamma_neg": 4, "gamma_pos": 0, "clip": 0.05},
 "optimizer": "sgd", "lr": 0.01, "momentum": 0.9, "nesterov": true, "weight_decay": 0.0001,
 "schedule": "onecycle", "warmup_epochs": 1, "epochs": 3, "batch_size": 32, "seed": 7, "device": "cpu",
 "augmentation": {"random_resized_crop": true, "flip": false, "randaugment_n": 2, "randaugment_m": 9, "mixup_alpha": 0.2},
 "sampler": "repeat_factor", "repeat_threshold": 0.01, "dropout": 0.1, "label_smoothing": 0.1, "grad_clip": 5,
 "tags": "all", "min_tag_positives": 2, "max_train_images": 1000, "log_every": 5, "embedding_dim": 128}""")
write("training_config", "bad_values", b'{"dataset": "x", "lr": -1, "epochs": 2.5, "backbone": {"name": "resnet1000"}}')
write("training_config", "torchscript", b'{"dataset": "x", "backbone": {"name": "torchscript", "path": "/tmp/b.pt", "frozen": false}, "loss": "focal"}')
