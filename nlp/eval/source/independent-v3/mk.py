def C(r, t, *s):
    return dict(c="chat", r=r, t=t, s=list(s))

def E(r, t, *s):
    return dict(c="email", r=r, t=t, s=list(s))

def Q(q, r, t, *s, rl=None, mob=None, amt=None):
    return dict(c="email", q=q, r=r, t=t, s=list(s), rl=rl, mob=mob, amt=amt)
