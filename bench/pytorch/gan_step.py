#!/usr/bin/env python3
"""One GAN training step of each GAN template in PyTorch, as DeepCanvas's GAN trainer takes it
(backend/.../training/gan/GanTrainingJob.java): a generated batch (generator in training mode), the discriminator's
verdicts on real and generated pictures before it learns (no gradient), one discriminator step on both, one
generator step through the discriminator. The networks are the templates' (templates/.../digit-gan.graph.json,
dcgan-shapes.graph.json), with their batch sizes, Adam (beta1 0.5) and learning rates. The discriminator's
parameters are frozen during the generator step, as PyTorch code at its best does. Prints one line per template:
name, batch, milliseconds per step (median of the repetitions).

  /usr/bin/python3 bench/pytorch/gan_step.py --threads 2 --steps 30 --reps 3
"""
import argparse
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

NOISE = 64


class DigitGenerator(nn.Module):
    def __init__(self):
        super().__init__()
        layers = []
        width = NOISE
        for units in (256, 512, 1024):
            layers += [nn.Linear(width, units), nn.BatchNorm1d(units), nn.LeakyReLU(0.01)]
            width = units
        self.net = nn.Sequential(*layers, nn.Linear(width, 784), nn.Sigmoid())

    def forward(self, z, c=None):
        return self.net(z).view(-1, 1, 28, 28)


class DigitDiscriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Flatten(), nn.Linear(784, 512), nn.LeakyReLU(0.01), nn.Linear(512, 256),
                                 nn.LeakyReLU(0.01), nn.Linear(256, 1), nn.Sigmoid())

    def forward(self, x, c=None):
        return self.net(x), None


class ShapesGenerator(nn.Module):
    """The conditional DCGAN's generator: noise and what it is asked for (shape, size and colour one-hots) joined,
    Dense 2048, 8×8×32, two transposed convolutions up to 32×32×32, a 3×3 convolution at full size to 32×32×3."""

    def __init__(self, condition):
        super().__init__()
        self.dense = nn.Sequential(nn.Linear(NOISE + condition, 2048), nn.BatchNorm1d(2048), nn.ReLU())
        self.up = nn.Sequential(nn.ConvTranspose2d(32, 64, 4, stride=2, padding=1), nn.BatchNorm2d(64), nn.ReLU(),
                                nn.ConvTranspose2d(64, 32, 4, stride=2, padding=1), nn.BatchNorm2d(32), nn.ReLU(),
                                nn.Conv2d(32, 3, 3, padding=1), nn.Sigmoid())

    def forward(self, z, c):
        return self.up(self.dense(torch.cat([z, c], 1)).view(-1, 32, 8, 8))


class ShapesDiscriminator(nn.Module):
    """Three strided convolutions (32, 64, 128 filters, down to 4×4), then a real/generated verdict and one sigmoid
    per shape, size and colour."""

    def __init__(self, condition):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(3, 32, 4, stride=2, padding=1), nn.LeakyReLU(0.01),
                                      nn.Conv2d(32, 64, 4, stride=2, padding=1), nn.LeakyReLU(0.01),
                                      nn.Conv2d(64, 128, 4, stride=2, padding=1), nn.LeakyReLU(0.01), nn.Flatten())
        self.real = nn.Linear(128 * 4 * 4, 1)
        self.seen = nn.Linear(128 * 4 * 4, condition)

    def forward(self, x, c=None):
        f = self.features(x)
        return torch.sigmoid(self.real(f)), torch.sigmoid(self.seen(f))


# name: (generator, discriminator, batch, picture shape, condition one-hots (empty: unconditional), lr,
# discriminator lr)
TEMPLATES = {
    "digit-gan": (DigitGenerator, DigitDiscriminator, 64, (1, 28, 28), (), 2e-4, 8e-4),
    "dcgan-shapes": (ShapesGenerator, ShapesDiscriminator, 32, (3, 32, 32), (5, 2, 5), 2e-4, 4e-4),
}


def make_step(name):
    gen_cls, disc_cls, batch, shape, parts, lr, disc_lr = TEMPLATES[name]
    width = sum(parts)
    g = gen_cls(width) if parts else gen_cls()
    d = disc_cls(width) if parts else disc_cls()
    g.train()
    d.train()
    opt_g = torch.optim.Adam(g.parameters(), lr=lr, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(d.parameters(), lr=disc_lr, betas=(0.5, 0.999))
    real = torch.rand(batch, *shape)
    targets = torch.cat([torch.full((batch, 1), 0.9), torch.zeros(batch, 1)])

    def asked():
        """One one-hot per part (the shape, the size, the colour), joined: what the generator is told to draw."""
        return torch.cat([F.one_hot(torch.randint(0, n, (batch,)), n).float() for n in parts], 1) if parts else None

    real_condition = asked()

    def step():
        fake = g(torch.randn(batch, NOISE), asked())
        both = torch.cat([real, fake.detach()])
        opt_d.zero_grad()
        verdict, seen = d(both)
        # the verdicts DeepCanvas tallies, from this same forward pass (before the discriminator learns); the
        # tally itself is not timed on either side, so they are read and left
        _said_real = verdict.detach() >= 0.5
        loss = F.binary_cross_entropy(verdict, targets)
        if parts:
            # real pictures name their shape, size and colour
            loss = loss + F.binary_cross_entropy(seen[:batch], real_condition)
        loss.backward()
        opt_d.step()

        d.requires_grad_(False)
        c = asked()
        opt_g.zero_grad()
        verdict, seen = d(g(torch.randn(batch, NOISE), c))
        loss = F.binary_cross_entropy(verdict, torch.ones(batch, 1))
        if parts:
            loss = loss + F.binary_cross_entropy(seen, c)
        loss.backward()
        opt_g.step()
        d.requires_grad_(True)

    return batch, step


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--steps", type=int, default=30)
    p.add_argument("--reps", type=int, default=3)
    p.add_argument("--templates", default=",".join(TEMPLATES))
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    print(f"pytorch {torch.__version__} threads={torch.get_num_threads()}", flush=True)
    for name in a.templates.split(","):
        batch, step = make_step(name)
        for _ in range(3):
            step()
        times = []
        for _ in range(a.reps):
            start = time.perf_counter()
            for _ in range(a.steps):
                step()
            times.append((time.perf_counter() - start) * 1000 / a.steps)
        print(f"{name}\tbatch={batch}\t{statistics.median(times):.2f} ms/step", flush=True)


if __name__ == "__main__":
    main()
