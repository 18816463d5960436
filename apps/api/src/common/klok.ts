import { Injectable } from '@nestjs/common';

/** The time source for session and rate-limit rules, so tests can move time instead of waiting. */
@Injectable()
export class Klok {
  nu(): Date {
    return new Date();
  }
}
