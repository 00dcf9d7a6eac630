/**
 * What a line of a reply is:
 * e empty, t text, q quoted, b marker of embedded history ("On ... wrote:", "-----Original
 * Message-----"), h header of an embedded message (From:/Van:), d separator line, g the "-- "
 * signature separator, s device footer ("Sent from my iPhone"), v closing ("Kind regards").
 */
export type ReplyLineKind = 'e' | 't' | 'q' | 'b' | 'h' | 'd' | 'g' | 's' | 'v';
