"""A short local news story (a bridge closed for repairs) the text-capture promo, wire and
sentence-prefix tests build their captures around."""

PARAS = (
    "The harbour board voted on Tuesday to close the old swing bridge for a year while engineers replace "
    "its rusted gears, a repair it had put off for a decade.",
    "Drivers will be sent over the northern ring road, which adds about ten minutes to the crossing at busy "
    "times, and a free ferry will carry cyclists and walkers every twenty minutes.",
    "Shop owners on the quay said they feared losing trade over the summer, and asked the board to keep "
    "one lane open for deliveries in the mornings.",
    "The board's chair, Ilse Marten, said the work could not wait any longer because the gears had failed "
    "twice in the spring and left the bridge stuck open for a day.",
)
