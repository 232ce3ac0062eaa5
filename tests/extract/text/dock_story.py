"""A short news story the text-capture metadata tests build their captures around."""

HEADLINE = "Dock workers walk out over automation plan"
PARAS = [
    "Around two thousand dock workers stopped work at six on Monday morning in protest at a plan to replace "
    "crane drivers with remote-controlled cranes, leaving container ships waiting offshore.",
    "The union said the strike would last three days. Its general secretary told a rally at the port gates "
    "that the workers were not against technology but against a plan made without them.",
    "The port operator said the project would be phased in over five years and that no worker would be made "
    "redundant, and the transport minister urged both sides to return to talks.",
]
