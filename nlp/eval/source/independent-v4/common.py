"""Row constructors shared by the hand-written data files.

C(text, reason, *secondary)          chat turn on the payment page
E(text, reason, *secondary)          plain e-mail (no quote)
Q(style, text, reason, *secondary)   e-mail with the supplier's reminder quoted underneath
"""

def C(text, reason, *secondary):
    return {"kind": "chat", "style": None, "text": text, "reason": reason, "secondary": list(secondary)}

def E(text, reason, *secondary):
    return {"kind": "email", "style": None, "text": text, "reason": reason, "secondary": list(secondary)}

def Q(style, text, reason, *secondary):
    return {"kind": "quoted", "style": style, "text": text, "reason": reason, "secondary": list(secondary)}
