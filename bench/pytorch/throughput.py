#!/usr/bin/env python3
"""Training (and, with --inference, forward-only) throughput of the bench models in PyTorch, timed the way the
Java bench times DeepCanvas: a few warm-up steps, then repetitions of a number of steps; the figure is the median
repetition's samples per second. Prints one line per model: name, batch, samples/s.

  /usr/bin/python3 bench/pytorch/throughput.py --threads 2 --models mlp,lenet --iters 50 --reps 5
  /usr/bin/python3 bench/pytorch/throughput.py --threads 2 --models lenet --inference --batch 256
"""
import argparse
import statistics
import time

import torch
import torch.nn as nn

from models import MODELS


def rates(step, samples, warm_up, iters, reps):
    for _ in range(warm_up):
        step()
    measured = []
    for _ in range(reps):
        start = time.perf_counter()
        for _ in range(iters):
            step()
        measured.append(iters * samples / (time.perf_counter() - start))
    return statistics.median(measured)


def training(name, iters, reps, warm_up):
    cls, batch, shape, classes = MODELS[name]
    model = cls()
    model.train()
    x = torch.rand(batch, *shape)
    y = torch.randint(0, classes, (batch,))
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()

    def step():
        optimiser.zero_grad()
        loss = loss_fn(model(x), y)
        loss.backward()
        optimiser.step()

    return batch, rates(step, batch, warm_up, iters, reps)


def inference(name, batch, iters, reps, warm_up):
    cls, _, shape, _ = MODELS[name]
    model = cls()
    model.eval()
    x = torch.rand(batch, *shape)

    def step():
        with torch.no_grad():
            model(x)

    return batch, rates(step, batch, warm_up, iters, reps)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--models", default=",".join(MODELS))
    p.add_argument("--iters", default="50", help="steps per repetition: one number, or name=N,... per model")
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--warm-up", type=int, default=5)
    p.add_argument("--inference", action="store_true")
    p.add_argument("--batch", type=int, default=256, help="batch of the inference figures")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    iters = {}
    for part in a.iters.split(","):
        if "=" in part:
            k, v = part.split("=")
            iters[k] = int(v)
        else:
            iters["*"] = int(part)
    print(f"pytorch {torch.__version__} threads={torch.get_num_threads()}", flush=True)
    for name in a.models.split(","):
        n = iters.get(name, iters.get("*", 50))
        if a.inference:
            batch, rate = inference(name, a.batch, n, a.reps, a.warm_up)
        else:
            batch, rate = training(name, n, a.reps, a.warm_up)
        print(f"{name}\tbatch={batch}\t{rate:.1f} samples/s", flush=True)


if __name__ == "__main__":
    main()
