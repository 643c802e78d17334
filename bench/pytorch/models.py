"""The bench models in PyTorch, with the shapes of the DeepCanvas documents in
bench/src/main/java/dev/deepcanvas/bench/throughput/BenchModel.java (the "mlp", "lenet" and "lstm" shapes are
round one's reference models). Every model ends in raw class scores: nn.CrossEntropyLoss applies the softmax, as
DL4J's softmax output layer with multi-class cross-entropy does.
"""
import torch
import torch.nn as nn


class Mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 256), nn.ReLU(), nn.Linear(256, 10))

    def forward(self, x):
        return self.net(x)


class LeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            nn.Conv2d(1, 20, 5), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(20, 50, 5), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(800, 500), nn.ReLU(), nn.Linear(500, 10))

    def forward(self, x):
        return self.net(x)


class Lstm(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(32, 128, batch_first=True)
        self.out = nn.Linear(128, 2)

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.out(y[:, -1, :])


class Gru(nn.Module):
    """PyTorch's GRU applies the reset gate after the recurrent product (DeepCanvas's before it): the same
    products and element-wise work per step, so the same cost."""

    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(32, 128, batch_first=True)
        self.out = nn.Linear(128, 2)

    def forward(self, x):
        y, _ = self.rnn(x)
        return self.out(y[:, -1, :])


def conv_bn(cin, cout, stride):
    """A 3×3 "same" convolution (with a bias, as DL4J's has) and batch normalisation."""
    return [nn.Conv2d(cin, cout, 3, stride=stride, padding=1), nn.BatchNorm2d(cout)]


class Block(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.inner = nn.Sequential(*conv_bn(channels, channels, 1), nn.ReLU(), *conv_bn(channels, channels, 1))

    def forward(self, x):
        return torch.relu(self.inner(x) + x)


class ResNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(
            *conv_bn(3, 32, 1), nn.ReLU(), Block(32),
            *conv_bn(32, 64, 2), nn.ReLU(), Block(64),
            nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, 10))

    def forward(self, x):
        return self.net(x)


# name: (model class, batch, input shape without the batch, classes)
MODELS = {
    "mlp": (Mlp, 128, (784,), 10),
    "lenet": (LeNet, 64, (1, 28, 28), 10),
    "lstm": (Lstm, 64, (50, 32), 2),
    "gru": (Gru, 64, (50, 32), 2),
    "resnet": (ResNet, 64, (3, 32, 32), 10),
}
